import { Rule } from '../../../lib/engine/rule';
import { ElasticsearchDomainEncryptedAtRest } from '../../../rules/opensearch/ElasticsearchDomainEncryptedAtRest';
import { ElasticsearchDomainInVpc } from '../../../rules/opensearch/ElasticsearchDomainInVpc';
import { ElasticsearchDomainLogsToCloudWatch } from '../../../rules/opensearch/ElasticsearchDomainLogsToCloudWatch';
import { ElasticsearchDomainNodeToNodeEncryption } from '../../../rules/opensearch/ElasticsearchDomainNodeToNodeEncryption';
import { OpenSearchDomainAuditLogging } from '../../../rules/opensearch/OpenSearchDomainAuditLogging';
import { OpenSearchDomainEncryptedAtRest } from '../../../rules/opensearch/OpenSearchDomainEncryptedAtRest';
import { OpenSearchDomainFineGrainedAccessControl } from '../../../rules/opensearch/OpenSearchDomainFineGrainedAccessControl';
import { OpenSearchDomainHttpsRequired } from '../../../rules/opensearch/OpenSearchDomainHttpsRequired';
import { OpenSearchDomainInVpc } from '../../../rules/opensearch/OpenSearchDomainInVpc';
import { OpenSearchDomainLogsToCloudWatch } from '../../../rules/opensearch/OpenSearchDomainLogsToCloudWatch';
import { OpenSearchDomainNodeToNodeEncryption } from '../../../rules/opensearch/OpenSearchDomainNodeToNodeEncryption';
import { Row, U, decisionTables } from '../decision-table';

const FLAG: Row[] = [
  ['on', { enabled: true }, 'COMPLIANT'],
  ['off', { enabled: false }, 'NON_COMPLIANT'],
  ['unset', { enabled: undefined }, 'NON_COMPLIANT'],
  ['unknown', { enabled: U }, 'INSUFFICIENT_DATA'],
];
const VPC: Row[] = [
  ['in subnets', { subnets: true }, 'COMPLIANT'],
  ['public', { subnets: false }, 'NON_COMPLIANT'],
  ['unknown', { subnets: U }, 'INSUFFICIENT_DATA'],
];
const LOGS: Row[] = [
  ['publishing', { publishing: true }, 'COMPLIANT'],
  ['not publishing', { publishing: false }, 'NON_COMPLIANT'],
  ['unknown', { publishing: U }, 'INSUFFICIENT_DATA'],
];
const tables: [Rule, Row[]][] = [
  [OpenSearchDomainEncryptedAtRest, FLAG],
  [OpenSearchDomainNodeToNodeEncryption, FLAG],
  [OpenSearchDomainFineGrainedAccessControl, FLAG],
  [ElasticsearchDomainEncryptedAtRest, FLAG],
  [ElasticsearchDomainNodeToNodeEncryption, FLAG],
  [OpenSearchDomainInVpc, VPC],
  [ElasticsearchDomainInVpc, VPC],
  [OpenSearchDomainLogsToCloudWatch, LOGS],
  [ElasticsearchDomainLogsToCloudWatch, LOGS],
  [
    OpenSearchDomainAuditLogging,
    [
      ['published to a group', { enabled: true, destination: true }, 'COMPLIANT'],
      ['enabled without a group', { enabled: true, destination: false }, 'NON_COMPLIANT'],
      ['off', { enabled: false, destination: true }, 'NON_COMPLIANT'],
      ['unset', { enabled: undefined, destination: false }, 'NON_COMPLIANT'],
      ['enabled, group unknown', { enabled: true, destination: U }, 'INSUFFICIENT_DATA'],
      ['unknown', { enabled: U, destination: true }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    OpenSearchDomainHttpsRequired,
    [
      ['HTTPS with TLS 1.2', { enforceHttps: true, tlsPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' }, 'COMPLIANT'],
      ['HTTPS with TLS 1.0', { enforceHttps: true, tlsPolicy: 'Policy-Min-TLS-1-0-2019-07' }, 'NON_COMPLIANT'],
      ['HTTPS, policy unset', { enforceHttps: true, tlsPolicy: undefined }, 'NON_COMPLIANT'],
      ['plain HTTP', { enforceHttps: false, tlsPolicy: 'Policy-Min-TLS-1-2-2019-07' }, 'NON_COMPLIANT'],
      ['plain HTTP, policy unknown', { enforceHttps: undefined, tlsPolicy: U }, 'NON_COMPLIANT'],
      ['HTTPS, policy unknown', { enforceHttps: true, tlsPolicy: U }, 'INSUFFICIENT_DATA'],
      ['enforcement unknown', { enforceHttps: U, tlsPolicy: 'Policy-Min-TLS-1-2-2019-07' }, 'INSUFFICIENT_DATA'],
    ],
  ],
];
decisionTables(tables);
