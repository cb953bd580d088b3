import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, field, isSet, isUndecided, listOf, undecided } from '../iam/values';

interface Facts {
  /** Per EncryptionConfig entry: whether it covers secrets, and whether it names a KMS key. */
  readonly configs: { readonly secrets: boolean | Undecided; readonly key: boolean | Undecided }[] | Undecided;
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
    facts(cluster) {
      const list = listOf(cluster.get('EncryptionConfig'));
      if (isUnknown(list)) return { configs: undecided(list) };
      return {
        configs: list.map((c, i) => {
          const resources = listOf(field(c, 'Resources'));
          const key = isSet(cluster, `EncryptionConfig.${i}.Provider.KeyArn`);
          return {
            secrets: isUnknown(resources) ? undecided(resources) : resources.includes('secrets'),
            key: isUnknown(key) ? undecided(key) : key,
          };
        }),
      };
    },
  },
  evaluate({ configs }) {
    if (isUndecided(configs)) return needsReview(`EncryptionConfig is not known: ${configs.undecided}`);
    if (configs.some((c) => c.secrets === true && c.key === true)) return pass('secrets are encrypted with a KMS key');
    const open = configs.map((c) => (isUndecided(c.secrets) ? c.secrets : isUndecided(c.key) ? c.key : undefined)).find(Boolean);
    if (open) return needsReview(`encryption configuration is not known: ${open.undecided}`);
    return fail('EncryptionConfig does not encrypt secrets with a KMS key');
  },
});
