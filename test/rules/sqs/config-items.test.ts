import { SqsQueueEncrypted } from '../../../rules/sqs/SqsQueueEncrypted';
import { SqsQueueTlsOnly } from '../../../rules/sqs/SqsQueueTlsOnly';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

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

describe('SqsQueueTlsOnly: the policy in the template and the Policy attribute Config records agree', () => {
  const tls = {
    Effect: 'Deny',
    Principal: '*',
    Action: 'sqs:*',
    Resource: 'arn:aws:sqs:eu-west-2:111122223333:q',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  const owner = {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'sqs:*',
    Resource: 'arn:aws:sqs:eu-west-2:111122223333:q',
  };
  const withPolicy = (statements: unknown[]) =>
    template({
      Resources: {
        Q: { Type: 'AWS::SQS::Queue' },
        P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Q' }], PolicyDocument: { Statement: statements } } },
      },
    });
  // Config keeps the attribute as the service returns it: a JSON string
  const recorded = (statements: unknown[]) => item({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) });

  it.each([
    ['a statement denying requests without TLS', [owner, tls], 'COMPLIANT'],
    ['only the owner statement', [owner], 'NON_COMPLIANT'],
    ['a TLS deny scoped to one principal', [{ ...tls, Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } }], 'NON_COMPLIANT'],
  ])('%s', (_name, statements, expected) => {
    expect([statusOf(SqsQueueTlsOnly, 'Q', withPolicy(statements)), statusOfItem(SqsQueueTlsOnly, recorded(statements))]).toEqual(
      [expected, expected],
    );
  });

  it('fails with no policy, in the template and on an item without the attribute', () => {
    expect([
      statusOf(SqsQueueTlsOnly, 'Q', template({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } })),
      statusOfItem(SqsQueueTlsOnly, item({})),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('needs review when the recorded policy is not valid JSON', () =>
    expect(statusOfItem(SqsQueueTlsOnly, item({ Policy: '{"Statement": [' }))).toBe('INSUFFICIENT_DATA'));
});
