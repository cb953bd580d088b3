import { Tri } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ClassicListener, classicListeners, classicListenersOfItem, isSecureClassic } from './classic';
import { isAcmArn, isAcmCertificate } from './listener';
import { CLASSIC } from './load-balancer';

interface Facts {
  /** For each HTTPS/SSL listener, whether its certificate is from ACM. */
  readonly certificates: Tri[] | Unknown;
}

/** The ACM verdict of each TLS listener's certificate; an unknown protocol makes the whole list unknown. */
function certificatesOf(listeners: ClassicListener[] | Unknown, isAcm: (certificate: unknown) => Tri): Tri[] | Unknown {
  if (isUnknown(listeners)) return listeners;
  const certificates: Tri[] = [];
  for (const l of listeners) {
    const secure = isSecureClassic(l.protocol);
    if (isUnknown(secure)) return secure;
    if (secure) certificates.push(isAcm(l.certificate));
  }
  return certificates;
}

export const ElbClassicAcmCertificateRequired = defineRule<Facts>({
  id: 'ElbClassicAcmCertificateRequired',
  title: 'Classic Load Balancer TLS listeners use ACM certificates',
  description:
    'ACM certificates renew automatically and their private keys never leave AWS; IAM server certificates are uploaded key material that expires unless someone remembers.',
  severity: 'warning',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'ELB_ACM_CERTIFICATE_REQUIRED',
  remediation: 'Issue or import the certificate in ACM and set SSLCertificateId to its ARN on every HTTPS and SSL listener.',
  template: {
    resourceTypes: [CLASSIC],
    facts: (lb, { index }) => ({ certificates: certificatesOf(classicListeners(lb), (c) => isAcmCertificate(c, index)) }),
  },
  configItem: {
    resourceTypes: [CLASSIC],
    facts: (item) => ({ certificates: certificatesOf(classicListenersOfItem(item), isAcmArn) }),
  },
  evaluate({ certificates }) {
    if (isUnknown(certificates)) return needsReview(`listeners are not known: ${certificates.reason}`);
    if (certificates.length === 0) return notApplicable('no HTTPS or SSL listener');
    if (certificates.includes(false)) return fail('a listener certificate is not from ACM');
    const undecided = certificates.find(isUnknown);
    if (undecided) return needsReview(`a listener certificate is not known: ${undecided.reason}`);
    return pass('every HTTPS and SSL listener uses an ACM certificate');
  },
});
