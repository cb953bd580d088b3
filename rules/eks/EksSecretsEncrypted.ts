import { Tri, and, field, isSet, listOf, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Facts {
  /** Per encryption configuration: whether it covers secrets, and whether it names a KMS key. */
  readonly configs: { readonly secrets: Tri; readonly key: Tri }[] | Unknown;
}

export const EksSecretsEncrypted = defineRule<Facts>({
  id: 'EksSecretsEncrypted',
  title: 'EKS clusters encrypt Kubernetes secrets with a customer-managed KMS key',
  description:
    'Envelope encryption of secrets with your own KMS key keeps them unreadable from etcd backups and puts every decryption in CloudTrail, revocable by key policy.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'EKS_SECRETS_ENCRYPTED',
  remediation:
    'Add EncryptionConfig with Resources: [secrets] and Provider.KeyArn of a customer-managed KMS key (CDK: secretsEncryptionKey).',
  template: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts: (cluster) => encryptionConfigs(cluster.get('EncryptionConfig')),
  },
  configItem: {
    resourceTypes: ['AWS::EKS::Cluster'],
    // DescribeCluster leaves encryptionConfig out when none is set.
    facts: (cluster) => encryptionConfigs(cluster.configuration.EncryptionConfig),
  },
  evaluate(facts) {
    const { configs } = facts;
    if (isUnknown(configs)) return needsReview(`the encryption configuration is not known: ${configs.reason}`);
    const encrypted = some(configs, (c) => and(c.secrets, c.key));
    if (encrypted === true) return pass('secrets are encrypted with a KMS key', unknownsIn(facts));
    if (isUnknown(encrypted)) return needsReview(`the encryption configuration is not known: ${encrypted.reason}`);
    return fail('secrets are not encrypted with a KMS key');
  },
});

function encryptionConfigs(value: unknown): Facts {
  const list = listOf(value);
  if (isUnknown(list)) return { configs: list };
  return {
    configs: list.map((c) => ({
      secrets: some(listOf(field(c, 'Resources')), (r) => (isUnknown(r) ? r : r === 'secrets')),
      key: isSet(field(field(c, 'Provider'), 'KeyArn')),
    })),
  };
}
