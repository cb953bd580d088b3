import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the cluster is encrypted with KMS. */
  readonly encrypted: Maybe<boolean>;
}

export const RedshiftClusterEncryptedKms = defineRule<Facts>({
  id: 'RedshiftClusterEncryptedKms',
  title: 'Redshift clusters are encrypted with KMS',
  description:
    'An unencrypted warehouse leaves every table, and every automated snapshot in S3, readable from storage; warehouses usually hold the largest copy of personal data.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'REDSHIFT_CLUSTER_KMS_ENABLED',
  remediation: 'Set Encrypted: true with KmsKeyId a customer-managed key (CDK: encrypted: true, encryptionKey: key).',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({ encrypted: asBoolean(cluster.get('Encrypted')) }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ configuration: c }) => ({ encrypted: asBoolean(recorded(c, 'encrypted')) }),
  },
  evaluate({ encrypted }) {
    if (isUnknown(encrypted)) return needsReview(`whether the cluster is encrypted is not known: ${encrypted.reason}`);
    if (encrypted === true) return pass('the cluster is encrypted with KMS');
    // CloudFormation documents Encrypted as false by default; relying on newer service defaults leaves no evidence in the template.
    return fail(
      encrypted === undefined
        ? 'encryption is not set, so nothing makes the cluster KMS-encrypted'
        : 'the cluster is not encrypted',
    );
  },
});
