import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isAcmCertificate } from './listener';

interface Facts {
  readonly protocol: unknown;
  /** Whether each certificate (default and ListenerCertificate ones) is from ACM. */
  readonly certificates: Array<boolean | Unknown> | Unknown;
}

export const ElbV2AcmCertificateRequired = defineRule<Facts>({
  id: 'ElbV2AcmCertificateRequired',
  title: 'HTTPS and TLS listeners use ACM certificates',
  description:
    'ACM certificates renew automatically and their private keys never leave AWS; IAM server certificates are uploaded key material that expires unless someone remembers.',
  severity: 'warning',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'ELBV2_ACM_CERTIFICATE_REQUIRED',
  remediation:
    'Issue or import the certificate in ACM and reference its ARN in Certificates (CDK: certificates: [ListenerCertificate.fromCertificateManager(cert)]).',
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    facts(listener, { index }) {
      const protocol = listener.get('Protocol');
      if (protocol !== 'HTTPS' && protocol !== 'TLS') return { protocol, certificates: [] };
      const lists = [listener.get('Certificates')];
      for (const extra of index.referrers(listener, 'AWS::ElasticLoadBalancingV2::ListenerCertificate', 'ListenerArn')) {
        if (index.exists(extra) !== false) lists.push(extra.get('Certificates'));
      }
      const certificates: Array<boolean | Unknown> = [];
      for (const l of lists) {
        const list = listOf(l);
        if (isUnknown(list)) return { protocol, certificates: list };
        certificates.push(...list.map((c) => isAcmCertificate(field(c, 'CertificateArn'), index)));
      }
      return { protocol, certificates };
    },
  },
  evaluate({ protocol, certificates }) {
    if (isUnknown(protocol)) return needsReview(`Protocol is not known: ${protocol.reason}`);
    if (protocol !== 'HTTPS' && protocol !== 'TLS')
      return notApplicable(`the listener protocol is ${String(protocol ?? 'not set')}`);
    if (isUnknown(certificates)) return needsReview(`Certificates are not known: ${certificates.reason}`);
    if (certificates.includes(false)) return fail('a certificate is not from ACM');
    const undecided = certificates.find(isUnknown);
    if (undecided) return needsReview(`a certificate is not known: ${undecided.reason}`);
    if (certificates.length === 0) return fail('no certificate is set');
    return pass('every certificate is from ACM');
  },
});
