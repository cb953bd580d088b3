import { AlbDesyncMitigationMode } from '../../../rules/elasticloadbalancing/AlbDesyncMitigationMode';
import { AlbDropInvalidHeaders } from '../../../rules/elasticloadbalancing/AlbDropInvalidHeaders';
import { AlbHttpListenerRedirectsToHttps } from '../../../rules/elasticloadbalancing/AlbHttpListenerRedirectsToHttps';
import { AlbWafEnabled } from '../../../rules/elasticloadbalancing/AlbWafEnabled';
import { ElbAccessLogsEnabled } from '../../../rules/elasticloadbalancing/ElbAccessLogsEnabled';
import { ElbClassicAcmCertificateRequired } from '../../../rules/elasticloadbalancing/ElbClassicAcmCertificateRequired';
import { ElbClassicCrossZoneEnabled } from '../../../rules/elasticloadbalancing/ElbClassicCrossZoneEnabled';
import { ElbClassicTlsListenersOnly } from '../../../rules/elasticloadbalancing/ElbClassicTlsListenersOnly';
import { ElbClassicTlsPolicy } from '../../../rules/elasticloadbalancing/ElbClassicTlsPolicy';
import { ElbDeletionProtectionEnabled } from '../../../rules/elasticloadbalancing/ElbDeletionProtectionEnabled';
import { ElbListenerEncryptedInTransit } from '../../../rules/elasticloadbalancing/ElbListenerEncryptedInTransit';
import { ElbListenerTlsPolicy } from '../../../rules/elasticloadbalancing/ElbListenerTlsPolicy';
import { ElbV2AcmCertificateRequired } from '../../../rules/elasticloadbalancing/ElbV2AcmCertificateRequired';
import { ElbV2MultipleAz } from '../../../rules/elasticloadbalancing/ElbV2MultipleAz';
import { U, decisionTables } from '../decision-table';

const ALB = 'application';

decisionTables([
  [
    AlbDesyncMitigationMode,
    [
      ['defensive', { type: ALB, mode: 'defensive' }, 'COMPLIANT'],
      ['strictest', { type: ALB, mode: 'strictest' }, 'COMPLIANT'],
      ['not set (defensive)', { type: ALB, mode: undefined }, 'COMPLIANT'],
      ['monitor', { type: ALB, mode: 'monitor' }, 'NON_COMPLIANT'],
      ['a network load balancer', { type: 'network' }, 'NOT_APPLICABLE'],
      ['unknown mode', { type: ALB, mode: U }, 'INSUFFICIENT_DATA'],
      ['unknown type', { type: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    AlbDropInvalidHeaders,
    [
      ['dropped', { type: ALB, dropInvalidHeaders: true }, 'COMPLIANT'],
      ['passed', { type: ALB, dropInvalidHeaders: false }, 'NON_COMPLIANT'],
      ['not set (passed)', { type: ALB, dropInvalidHeaders: undefined }, 'NON_COMPLIANT'],
      ['a gateway load balancer', { type: 'gateway' }, 'NOT_APPLICABLE'],
      ['unknown', { type: ALB, dropInvalidHeaders: U }, 'INSUFFICIENT_DATA'],
      ['unknown type', { type: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    AlbHttpListenerRedirectsToHttps,
    [
      ['redirects, no rules', { protocol: 'HTTP', defaultActions: ['redirect-https'], ruleActions: [] }, 'COMPLIANT'],
      ['forwards', { protocol: 'HTTP', defaultActions: ['forward'], ruleActions: [] }, 'NON_COMPLIANT'],
      [
        'redirects, a rule forwards',
        { protocol: 'HTTP', defaultActions: ['redirect-https'], ruleActions: [{ rule: 'R', actions: ['forward'] }] },
        'NON_COMPLIANT',
      ],
      ['forwards, rules unknown', { protocol: 'HTTP', defaultActions: ['forward'], ruleActions: U }, 'NON_COMPLIANT'],
      ['redirects, rules unknown', { protocol: 'HTTP', defaultActions: ['redirect-https'], ruleActions: U }, 'INSUFFICIENT_DATA'],
      ['unknown default action', { protocol: 'HTTP', defaultActions: U, ruleActions: [] }, 'INSUFFICIENT_DATA'],
      ['an HTTPS listener', { protocol: 'HTTPS' }, 'NOT_APPLICABLE'],
      ['unknown protocol', { protocol: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    AlbWafEnabled,
    [
      ['internet-facing with a web ACL', { type: ALB, scheme: 'internet-facing', webAcl: true }, 'COMPLIANT'],
      ['internet-facing without', { type: ALB, scheme: 'internet-facing', webAcl: false }, 'NON_COMPLIANT'],
      ['internal', { type: ALB, scheme: 'internal' }, 'NOT_APPLICABLE'],
      ['a network load balancer', { type: 'network', scheme: 'internet-facing' }, 'NOT_APPLICABLE'],
      ['association unknown', { type: ALB, scheme: 'internet-facing', webAcl: U }, 'INSUFFICIENT_DATA'],
      ['scheme unknown', { type: ALB, scheme: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbAccessLogsEnabled,
    [
      ['classic, on', { type: 'classic', enabled: true }, 'COMPLIANT'],
      ['application, on', { type: ALB, enabled: true }, 'COMPLIANT'],
      ['application, off', { type: ALB, enabled: false }, 'NON_COMPLIANT'],
      ['classic, not configured', { type: 'classic', enabled: undefined }, 'NON_COMPLIANT'],
      ['a network load balancer', { type: 'network' }, 'NOT_APPLICABLE'],
      ['unknown', { type: ALB, enabled: U }, 'INSUFFICIENT_DATA'],
      ['unknown type', { type: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbDeletionProtectionEnabled,
    [
      ['on', { deletionProtection: true }, 'COMPLIANT'],
      ['off', { deletionProtection: false }, 'NON_COMPLIANT'],
      ['not set', { deletionProtection: undefined }, 'NON_COMPLIANT'],
      ['unknown', { deletionProtection: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbClassicCrossZoneEnabled,
    [
      ['on', { crossZone: true }, 'COMPLIANT'],
      ['off', { crossZone: false }, 'NON_COMPLIANT'],
      ['not set', { crossZone: undefined }, 'NON_COMPLIANT'],
      ['unknown', { crossZone: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbListenerEncryptedInTransit,
    [
      ['HTTPS', { protocol: 'HTTPS' }, 'COMPLIANT'],
      ['TLS', { protocol: 'TLS' }, 'COMPLIANT'],
      ['TCP', { protocol: 'TCP' }, 'NON_COMPLIANT'],
      ['UDP', { protocol: 'UDP' }, 'NON_COMPLIANT'],
      ['HTTP (the redirect rule’s concern)', { protocol: 'HTTP' }, 'NOT_APPLICABLE'],
      ['no protocol (Gateway Load Balancer)', { protocol: undefined }, 'NOT_APPLICABLE'],
      ['unknown', { protocol: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbListenerTlsPolicy,
    [
      ['TLS 1.3 family, 1.2 floor', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }, 'COMPLIANT'],
      ['TLS 1.2 policy', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }, 'COMPLIANT'],
      ['TLS 1.3 family, 1.0 floor', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }, 'NON_COMPLIANT'],
      ['not set (2016-08)', { protocol: 'HTTPS', sslPolicy: undefined }, 'NON_COMPLIANT'],
      ['HTTP', { protocol: 'HTTP' }, 'NOT_APPLICABLE'],
      ['unknown policy', { protocol: 'HTTPS', sslPolicy: U }, 'INSUFFICIENT_DATA'],
      ['unknown protocol', { protocol: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbV2AcmCertificateRequired,
    [
      ['ACM only', { protocol: 'HTTPS', certificates: [true, true] }, 'COMPLIANT'],
      ['an IAM certificate', { protocol: 'HTTPS', certificates: [true, false] }, 'NON_COMPLIANT'],
      ['an IAM certificate and an unknown one', { protocol: 'TLS', certificates: [false, U] }, 'NON_COMPLIANT'],
      ['none', { protocol: 'HTTPS', certificates: [] }, 'NON_COMPLIANT'],
      ['ACM and an unknown one', { protocol: 'HTTPS', certificates: [true, U] }, 'INSUFFICIENT_DATA'],
      ['unknown list', { protocol: 'HTTPS', certificates: U }, 'INSUFFICIENT_DATA'],
      ['TCP', { protocol: 'TCP' }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    ElbClassicAcmCertificateRequired,
    [
      ['ACM', { certificates: [true] }, 'COMPLIANT'],
      ['IAM', { certificates: [true, false] }, 'NON_COMPLIANT'],
      ['no TLS listener', { certificates: [] }, 'NOT_APPLICABLE'],
      ['unknown certificate', { certificates: [U] }, 'INSUFFICIENT_DATA'],
      ['unknown listeners', { certificates: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbClassicTlsListenersOnly,
    [
      ['HTTPS and SSL', { protocols: ['HTTPS', 'ssl'] }, 'COMPLIANT'],
      ['HTTP beside HTTPS', { protocols: ['HTTPS', 'HTTP'] }, 'NON_COMPLIANT'],
      ['TCP beside an unknown one', { protocols: ['TCP', U] }, 'NON_COMPLIANT'],
      ['no listeners', { protocols: [] }, 'NOT_APPLICABLE'],
      ['HTTPS beside an unknown one', { protocols: ['HTTPS', U] }, 'INSUFFICIENT_DATA'],
      ['unknown listeners', { protocols: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbClassicTlsPolicy,
    [
      ['TLS 1.2 reference', { listeners: [{ port: 443, negotiation: ['ELBSecurityPolicy-TLS-1-2-2017-01'] }] }, 'COMPLIANT'],
      ['2016-08 reference', { listeners: [{ port: 443, negotiation: ['ELBSecurityPolicy-2016-08'] }] }, 'NON_COMPLIANT'],
      ['a custom policy', { listeners: [{ port: 443, negotiation: [undefined] }] }, 'NON_COMPLIANT'],
      ['no negotiation policy', { listeners: [{ port: 443, negotiation: [] }] }, 'NON_COMPLIANT'],
      ['no TLS listener', { listeners: [] }, 'NOT_APPLICABLE'],
      ['an unknown policy', { listeners: [{ port: 443, negotiation: [U] }] }, 'INSUFFICIENT_DATA'],
      ['unknown listeners', { listeners: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElbV2MultipleAz,
    [
      ['two zones', { type: ALB, zones: ['eu-west-2a', 'eu-west-2b'] }, 'COMPLIANT'],
      ['two zones and an unknown one', { type: 'network', zones: ['eu-west-2a', 'eu-west-2b', U] }, 'COMPLIANT'],
      ['one zone', { type: ALB, zones: ['eu-west-2a', 'eu-west-2a'] }, 'NON_COMPLIANT'],
      ['no subnets', { type: ALB, zones: [] }, 'NON_COMPLIANT'],
      ['one zone and an unknown one', { type: ALB, zones: ['eu-west-2a', U] }, 'INSUFFICIENT_DATA'],
      ['a gateway load balancer', { type: 'gateway' }, 'NOT_APPLICABLE'],
      ['unknown type', { type: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
