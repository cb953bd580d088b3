import { Maybe, Tri, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { isAcmArn, isAcmCertificate, listenerProtocolOfItem } from './listener';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';

const terminatesTls = (protocol: Maybe<string>) => protocol === 'HTTPS' || protocol === 'TLS';

interface Facts {
  readonly protocol: Maybe<string>;
  /** Whether each certificate of an HTTPS or TLS listener (default and added ones) is from ACM. */
  readonly certificates?: Tri[] | Unknown;
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
    resourceTypes: [LISTENER],
    facts(listener, { index }) {
      const protocol = asString(listener.get('Protocol'));
      if (!terminatesTls(protocol)) return { protocol };
      const lists = [listener.get('Certificates')];
      for (const extra of index.referrers(listener, 'AWS::ElasticLoadBalancingV2::ListenerCertificate', 'ListenerArn')) {
        if (index.exists(extra) !== false) lists.push(extra.get('Certificates'));
      }
      const certificates: Tri[] = [];
      for (const l of lists) {
        const list = listOf(l);
        if (isUnknown(list)) return { protocol, certificates: list };
        certificates.push(...list.map((c) => isAcmCertificate(field(c, 'CertificateArn'), index)));
      }
      return { protocol, certificates };
    },
  },
  configItem: {
    resourceTypes: [LISTENER],
    facts(item) {
      const protocol = listenerProtocolOfItem(item);
      if (!terminatesTls(protocol)) return { protocol };
      const list = listOf(recorded(item.configuration, 'Certificates'));
      if (isUnknown(list)) return { protocol, certificates: list };
      // The listener item shows its default certificate only; certificates added beside it are another,
      // unrecorded resource (AWS::ElasticLoadBalancingV2::ListenerCertificate), so they may be anything.
      return {
        protocol,
        certificates: [
          ...list.map((c) => isAcmArn(field(c, 'CertificateArn'))),
          new Unknown('certificates added to the listener beyond its default are not recorded by AWS Config'),
        ],
      };
    },
  },
  evaluate({ protocol, certificates }) {
    if (isUnknown(protocol)) return needsReview(`the listener protocol is not known: ${protocol.reason}`);
    if (!terminatesTls(protocol)) return notApplicable(`the listener protocol is ${protocol ?? 'not set'}`);
    if (certificates === undefined || isUnknown(certificates))
      return needsReview(`the certificates are not known: ${certificates?.reason ?? 'not read'}`);
    if (certificates.includes(false)) return fail('a certificate is not from ACM');
    const undecided = certificates.find(isUnknown);
    if (undecided) return needsReview(`a certificate is not known: ${undecided.reason}`);
    if (certificates.length === 0) return fail('no certificate is set');
    return pass('every certificate is from ACM');
  },
});
