import { SqsQueueEncrypted } from '../../../rules/sqs/SqsQueueEncrypted';
import { SqsQueueTlsOnly } from '../../../rules/sqs/SqsQueueTlsOnly';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';
import { tlsOnlyParity } from '../tls-only-parity';

const queue = (properties: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: properties } } });
const item = (attributes: Record<string, unknown>) =>
  configItem('AWS::SQS::Queue', { QueueName: 'q', QueueArn: 'arn:aws:sqs:eu-west-2:111122223333:q', ...attributes });

describe('SQS queues: templates and configuration items agree', () => {
  it.each([
    [
      'a KMS key',
      { KmsMasterKeyId: 'alias/queues' },
      { KmsMasterKeyId: 'alias/queues', SqsManagedSseEnabled: 'false' },
      'COMPLIANT',
    ],
    ['SSE-SQS', { SqsManagedSseEnabled: true }, { SqsManagedSseEnabled: 'true' }, 'COMPLIANT'],
    ['no encryption', { SqsManagedSseEnabled: false }, { SqsManagedSseEnabled: 'false' }, 'NON_COMPLIANT'],
    ['SSE-SQS left open / not recorded', { SqsManagedSseEnabled: PARAM }, {}, 'INSUFFICIENT_DATA'],
  ])('%s', (_name, properties, attributes, expected) => {
    expect([statusOf(SqsQueueEncrypted, 'Q', queue(properties)), statusOfItem(SqsQueueEncrypted, item(attributes))]).toEqual([
      expected,
      expected,
    ]);
  });
});

tlsOnlyParity(SqsQueueTlsOnly, {
  type: 'AWS::SQS::Queue',
  policyType: 'AWS::SQS::QueuePolicy',
  listedIn: 'Queues',
  action: 'sqs:*',
  arn: 'arn:aws:sqs:eu-west-2:111122223333:q',
  item,
});
