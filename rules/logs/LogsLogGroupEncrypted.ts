import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly kmsKey: Tri;
}

export const LogsLogGroupEncrypted = defineRule<Facts>({
  id: 'LogsLogGroupEncrypted',
  title: 'Log groups are encrypted with a KMS key',
  description:
    'CloudWatch Logs always encrypts at rest, but only a customer-managed KMS key lets you control and audit who can read logs that hold personal data, and revoke access by disabling the key.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3', '13.1'], tenSteps: ['data-security', 'logging-and-monitoring'] },
  configRule: 'CLOUDWATCH_LOG_GROUP_ENCRYPTED',
  remediation:
    'Set KmsKeyId to a customer-managed KMS key whose policy lets logs.<region>.amazonaws.com use it (CDK: encryptionKey: key).',
  template: {
    resourceTypes: ['AWS::Logs::LogGroup'],
    facts: (group) => ({ kmsKey: isSet(group.get('KmsKeyId')) }),
  },
  evaluate({ kmsKey }) {
    if (isUnknown(kmsKey)) return needsReview(`KmsKeyId is not known: ${kmsKey.reason}`);
    return kmsKey
      ? pass('the log group is encrypted with a KMS key')
      : fail('KmsKeyId is not set, so the log group uses the service key');
  },
});
