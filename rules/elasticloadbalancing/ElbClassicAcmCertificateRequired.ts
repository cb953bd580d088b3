import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isAcmCertificate } from './listener';

const SECURE = ['HTTPS', 'SSL'];

interface Facts {
  /** For each HTTPS/SSL listener, whether its certificate is from ACM. */
  readonly certificates: Array<boolean | Unknown> | Unknown;
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
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    facts(lb, { index }) {
      const listeners = listOf(lb.get('Listeners'));
      if (isUnknown(listeners)) return { certificates: listeners };
      const certificates: Array<boolean | Unknown> = [];
      for (const l of listeners) {
        const protocol = field(l, 'Protocol');
        if (isUnknown(protocol)) return { certificates: protocol };
        if (SECURE.includes(String(protocol).toUpperCase()))
          certificates.push(isAcmCertificate(field(l, 'SSLCertificateId'), index));
      }
      return { certificates };
    },
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
