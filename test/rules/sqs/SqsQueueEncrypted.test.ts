import { SqsQueueEncrypted as rule } from '../../../rules/sqs/SqsQueueEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const queue = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: props } } });

describe('SqsQueueEncrypted', () => {
  it('passes with a KMS key', () =>
    expect(statusOf(rule, 'Queue', queue({ KmsMasterKeyId: 'alias/aws/sqs' }))).toBe('COMPLIANT'));
  it('passes by default, with SSE-SQS', () => expect(statusOf(rule, 'Queue', queue({}))).toBe('COMPLIANT'));
  it('fails when SSE-SQS is turned off without a key', () =>
    expect(statusOf(rule, 'Queue', queue({ SqsManagedSseEnabled: false }))).toBe('NON_COMPLIANT'));
  it('needs review when SqsManagedSseEnabled is a parameter', () =>
    expect(statusOf(rule, 'Queue', queue({ SqsManagedSseEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
