import { Maybe, asBoolean, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly sseEnabled: Maybe<boolean>;
  /** SSEType of a global table (KMS is the only value besides the default). */
  readonly sseType: Maybe<string>;
}

export const DynamoDbTableEncryptedKms = defineRule<Facts>({
  id: 'DynamoDbTableEncryptedKms',
  title: 'DynamoDB tables are encrypted with a KMS key',
  description:
    'Tables are always encrypted, but with an AWS owned key by default, which cannot be audited or restricted; a KMS key adds a key policy and a CloudTrail record of its use.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'DYNAMODB_TABLE_ENCRYPTED_KMS',
  remediation:
    'Set SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <customer-managed key> } (CDK: encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey).',
  template: {
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    facts: (table) => ({
      sseEnabled: asBoolean(table.get('SSESpecification.SSEEnabled')),
      sseType: table.type === 'AWS::DynamoDB::GlobalTable' ? asString(table.get('SSESpecification.SSEType')) : undefined,
    }),
  },
  // DynamoDB describes no SSE on a table encrypted with an AWS owned key.
  configItem: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    facts(table) {
      const sse = table.configuration.ssedescription;
      const status = asString(field(sse, 'status'));
      return {
        sseEnabled: typeof status === 'string' ? ['ENABLED', 'ENABLING', 'UPDATING'].includes(status.toUpperCase()) : status,
        sseType: asString(field(sse, 'ssetype')),
      };
    },
  },
  evaluate({ sseEnabled, sseType }) {
    if (isUnknown(sseEnabled)) return needsReview(`whether KMS encryption is on is not known: ${sseEnabled.reason}`);
    if (isUnknown(sseType)) return needsReview(`the encryption type is not known: ${sseType.reason}`);
    // SSEEnabled true means KMS (the AWS managed key unless KMSMasterKeyId names another); false or absent means an AWS owned key.
    if (sseEnabled === true && (sseType === undefined || sseType.toUpperCase() === 'KMS'))
      return pass('the table is encrypted with a KMS key');
    return fail(
      sseEnabled === false
        ? 'KMS encryption is off, so the table uses an AWS owned key'
        : 'KMS encryption is not enabled, so the table uses an AWS owned key',
    );
  },
});
