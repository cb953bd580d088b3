import { Maybe, Tri, asBoolean, isSet, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly kmsKey: Tri;
  readonly sqsManagedSse: Maybe<boolean>;
}

export const SqsQueueEncrypted = defineRule<Facts>({
  id: 'SqsQueueEncrypted',
  title: 'SQS queues encrypt messages at rest',
  description:
    'Queues hold messages, often records in transit between services, for up to 14 days; server-side encryption keeps them unreadable on AWS storage.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation:
    'Leave SqsManagedSseEnabled unset or true, or better set KmsMasterKeyId to a customer-managed key for queues that carry personal data (CDK: encryption: sqs.QueueEncryption.KMS).',
  template: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts: (queue) => ({
      kmsKey: isSet(queue.get('KmsMasterKeyId')),
      sqsManagedSse: asBoolean(queue.get('SqsManagedSseEnabled')),
    }),
  },
  // Config records the queue's attributes under their API names; a key attribute is returned only when set.
  configItem: {
    resourceTypes: ['AWS::SQS::Queue'],
    facts: (queue) => ({
      kmsKey: isSet(queue.configuration.KmsMasterKeyId),
      sqsManagedSse: asBoolean(recorded(queue.configuration, 'SqsManagedSseEnabled')),
    }),
  },
  evaluate({ kmsKey, sqsManagedSse }) {
    if (kmsKey === true) return pass('the queue is encrypted with a KMS key', isUnknown(sqsManagedSse) ? [sqsManagedSse] : []);
    if (isUnknown(kmsKey)) return needsReview(`whether a KMS key encrypts the queue is not known: ${kmsKey.reason}`);
    if (isUnknown(sqsManagedSse)) return needsReview(`whether SSE-SQS is on is not known: ${sqsManagedSse.reason}`);
    // SSE-SQS has been on by default for new queues since late 2022.
    if (sqsManagedSse === false) return fail('SSE-SQS is off and no KMS key is set, so messages are stored unencrypted');
    return pass('the queue is encrypted with SQS-managed keys (SSE-SQS)');
  },
});
