import { Rule } from '../../lib/engine/rule';
import { ElasticsearchDomainEncryptedAtRest } from './ElasticsearchDomainEncryptedAtRest';
import { ElasticsearchDomainInVpc } from './ElasticsearchDomainInVpc';
import { ElasticsearchDomainLogsToCloudWatch } from './ElasticsearchDomainLogsToCloudWatch';
import { ElasticsearchDomainNodeToNodeEncryption } from './ElasticsearchDomainNodeToNodeEncryption';
import { OpenSearchDomainAuditLogging } from './OpenSearchDomainAuditLogging';
import { OpenSearchDomainEncryptedAtRest } from './OpenSearchDomainEncryptedAtRest';
import { OpenSearchDomainFineGrainedAccessControl } from './OpenSearchDomainFineGrainedAccessControl';
import { OpenSearchDomainHttpsRequired } from './OpenSearchDomainHttpsRequired';
import { OpenSearchDomainInVpc } from './OpenSearchDomainInVpc';
import { OpenSearchDomainLogsToCloudWatch } from './OpenSearchDomainLogsToCloudWatch';
import { OpenSearchDomainNodeToNodeEncryption } from './OpenSearchDomainNodeToNodeEncryption';

export const rules: Rule[] = [
  OpenSearchDomainEncryptedAtRest,
  OpenSearchDomainNodeToNodeEncryption,
  OpenSearchDomainHttpsRequired,
  OpenSearchDomainInVpc,
  OpenSearchDomainAuditLogging,
  OpenSearchDomainLogsToCloudWatch,
  OpenSearchDomainFineGrainedAccessControl,
  ElasticsearchDomainEncryptedAtRest,
  ElasticsearchDomainNodeToNodeEncryption,
  ElasticsearchDomainInVpc,
  ElasticsearchDomainLogsToCloudWatch,
];
