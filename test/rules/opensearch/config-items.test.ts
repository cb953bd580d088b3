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
import { corpusItem, parity } from '../docdb/item-parity';
import { PARAM, statusOfItem } from '../harness';

// Config records OpenSearch domains as AWS::OpenSearch::Domain with CloudFormation's names,
// Elasticsearch domains as AWS::Elasticsearch::Domain in lowerCamelCase (vpcoptions, tlssecurityPolicy).
const OS = { template: 'AWS::OpenSearchService::Domain', item: 'AWS::OpenSearch::Domain' };
const ES = { template: 'AWS::Elasticsearch::Domain', item: 'AWS::Elasticsearch::Domain' };
const GROUP = 'arn:aws:logs:eu-west-2:111122223333:log-group:/search/app';

parity(OpenSearchDomainEncryptedAtRest, OS, [
  ['encrypted', { EncryptionAtRestOptions: { Enabled: true } }, { EncryptionAtRestOptions: { Enabled: true } }, 'COMPLIANT'],
  [
    'unencrypted',
    { EncryptionAtRestOptions: { Enabled: false } },
    { EncryptionAtRestOptions: { Enabled: false } },
    'NON_COMPLIANT',
  ],
  ['undecided', { EncryptionAtRestOptions: { Enabled: PARAM } }, {}, 'INSUFFICIENT_DATA'],
]);
parity(ElasticsearchDomainEncryptedAtRest, ES, [
  ['encrypted', { EncryptionAtRestOptions: { Enabled: true } }, { encryptionAtRestOptions: { enabled: true } }, 'COMPLIANT'],
  [
    'unencrypted',
    { EncryptionAtRestOptions: { Enabled: false } },
    { encryptionAtRestOptions: { enabled: false } },
    'NON_COMPLIANT',
  ],
  ['undecided', { EncryptionAtRestOptions: { Enabled: PARAM } }, { encryptionAtRestOptions: {} }, 'INSUFFICIENT_DATA'],
]);
parity(OpenSearchDomainNodeToNodeEncryption, OS, [
  ['on', { NodeToNodeEncryptionOptions: { Enabled: true } }, { NodeToNodeEncryptionOptions: { Enabled: true } }, 'COMPLIANT'],
  [
    'off',
    { NodeToNodeEncryptionOptions: { Enabled: false } },
    { NodeToNodeEncryptionOptions: { Enabled: false } },
    'NON_COMPLIANT',
  ],
  ['undecided', { NodeToNodeEncryptionOptions: { Enabled: PARAM } }, {}, 'INSUFFICIENT_DATA'],
]);
parity(ElasticsearchDomainNodeToNodeEncryption, ES, [
  ['on', { NodeToNodeEncryptionOptions: { Enabled: true } }, { nodeToNodeEncryptionOptions: { enabled: true } }, 'COMPLIANT'],
  [
    'off',
    { NodeToNodeEncryptionOptions: { Enabled: false } },
    { nodeToNodeEncryptionOptions: { enabled: false } },
    'NON_COMPLIANT',
  ],
  ['undecided', { NodeToNodeEncryptionOptions: { Enabled: PARAM } }, {}, 'INSUFFICIENT_DATA'],
]);
parity(OpenSearchDomainFineGrainedAccessControl, OS, [
  ['on', { AdvancedSecurityOptions: { Enabled: true } }, { AdvancedSecurityOptions: { Enabled: true } }, 'COMPLIANT'],
  ['off', { AdvancedSecurityOptions: { Enabled: false } }, { AdvancedSecurityOptions: { Enabled: false } }, 'NON_COMPLIANT'],
  ['undecided', { AdvancedSecurityOptions: { Enabled: PARAM } }, {}, 'INSUFFICIENT_DATA'],
]);
// An item is never undecided here: a domain outside a VPC has no VPC options.
parity(OpenSearchDomainInVpc, OS, [
  [
    'in a VPC',
    { VPCOptions: { SubnetIds: ['subnet-1'] } },
    { VPCOptions: { SubnetIds: ['subnet-1'], SecurityGroupIds: [] } },
    'COMPLIANT',
  ],
  ['public', {}, {}, 'NON_COMPLIANT'],
]);
parity(ElasticsearchDomainInVpc, ES, [
  ['in a VPC', { VPCOptions: { SubnetIds: ['subnet-1'] } }, { vpcoptions: { subnetIds: ['subnet-1'] } }, 'COMPLIANT'],
  ['public', {}, {}, 'NON_COMPLIANT'],
]);
const published = { ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: GROUP } };
parity(OpenSearchDomainLogsToCloudWatch, OS, [
  ['application logs', { LogPublishingOptions: published }, { LogPublishingOptions: published }, 'COMPLIANT'],
  ['nothing published', { LogPublishingOptions: {} }, { LogPublishingOptions: {} }, 'NON_COMPLIANT'],
  ['no options', {}, {}, 'NON_COMPLIANT'],
  [
    'undecided',
    { LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: PARAM, CloudWatchLogsLogGroupArn: GROUP } } },
    { LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: PARAM, CloudWatchLogsLogGroupArn: GROUP } } },
    'INSUFFICIENT_DATA',
  ],
]);
parity(ElasticsearchDomainLogsToCloudWatch, ES, [
  [
    'slow logs',
    { LogPublishingOptions: { INDEX_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: GROUP } } },
    { logPublishingOptions: { INDEX_SLOW_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: GROUP } } },
    'COMPLIANT',
  ],
  [
    'disabled',
    { LogPublishingOptions: { INDEX_SLOW_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: GROUP } } },
    { logPublishingOptions: { INDEX_SLOW_LOGS: { enabled: false, cloudWatchLogsLogGroupArn: GROUP } } },
    'NON_COMPLIANT',
  ],
]);
const audit = (enabled: unknown) => ({
  LogPublishingOptions: { AUDIT_LOGS: { Enabled: enabled, CloudWatchLogsLogGroupArn: GROUP } },
});
parity(OpenSearchDomainAuditLogging, OS, [
  ['published', audit(true), audit(true), 'COMPLIANT'],
  ['off', audit(false), audit(false), 'NON_COMPLIANT'],
  ['undecided', audit(PARAM), audit(PARAM), 'INSUFFICIENT_DATA'],
]);
const endpoint = (https: unknown, policy?: unknown) => ({
  DomainEndpointOptions: { EnforceHTTPS: https, TLSSecurityPolicy: policy },
});
parity(OpenSearchDomainHttpsRequired, OS, [
  ['TLS 1.2', endpoint(true, 'Policy-Min-TLS-1-2-2019-07'), endpoint(true, 'Policy-Min-TLS-1-2-2019-07'), 'COMPLIANT'],
  ['TLS 1.0', endpoint(true, 'Policy-Min-TLS-1-0-2019-07'), endpoint(true, 'Policy-Min-TLS-1-0-2019-07'), 'NON_COMPLIANT'],
  ['plain HTTP', endpoint(false, 'Policy-Min-TLS-1-2-2019-07'), endpoint(false, 'Policy-Min-TLS-1-2-2019-07'), 'NON_COMPLIANT'],
  ['policy undecided', endpoint(true, PARAM), endpoint(true), 'INSUFFICIENT_DATA'],
]);

describe('the real search domain items', () => {
  const os = corpusItem('AWS_OpenSearch_Domain.json');
  const es = corpusItem('AWS_ElasticSearch_Domain.json');
  it.each([
    [OpenSearchDomainEncryptedAtRest, 'COMPLIANT'],
    [OpenSearchDomainNodeToNodeEncryption, 'COMPLIANT'],
    [OpenSearchDomainFineGrainedAccessControl, 'COMPLIANT'],
    [OpenSearchDomainInVpc, 'COMPLIANT'],
    [OpenSearchDomainHttpsRequired, 'NON_COMPLIANT'],
    [OpenSearchDomainLogsToCloudWatch, 'NON_COMPLIANT'],
    [OpenSearchDomainAuditLogging, 'NON_COMPLIANT'],
  ] as const)('OpenSearch: %s', (rule, status) => expect(statusOfItem(rule, os)).toBe(status));
  it.each([
    [ElasticsearchDomainEncryptedAtRest, 'COMPLIANT'],
    [ElasticsearchDomainNodeToNodeEncryption, 'COMPLIANT'],
    [ElasticsearchDomainInVpc, 'COMPLIANT'],
    [ElasticsearchDomainLogsToCloudWatch, 'NON_COMPLIANT'],
  ] as const)('Elasticsearch: %s', (rule, status) => expect(statusOfItem(rule, es)).toBe(status));
});
