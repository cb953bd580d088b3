import { SnsTopicEncryptedKms } from '../../../rules/sns/SnsTopicEncryptedKms';
import { SnsTopicTlsOnly } from '../../../rules/sns/SnsTopicTlsOnly';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const topic = (properties: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { T: { Type: 'AWS::SNS::Topic', Properties: properties } } });
const item = (attributes: Record<string, unknown>) =>
  configItem('AWS::SNS::Topic', { TopicArn: 'arn:aws:sns:eu-west-2:111122223333:t', Owner: '111122223333', ...attributes });

describe('SNS topics: templates and configuration items agree', () => {
  it.each([
    ['a KMS key', { KmsMasterKeyId: 'alias/aws/sns' }, { KmsMasterKeyId: 'alias/aws/sns' }, 'COMPLIANT'],
    ['no key', {}, {}, 'NON_COMPLIANT'],
  ])('%s', (_name, properties, attributes, expected) => {
    expect([
      statusOf(SnsTopicEncryptedKms, 'T', topic(properties)),
      statusOfItem(SnsTopicEncryptedKms, item(attributes)),
    ]).toEqual([expected, expected]);
  });
  it('a key from a parameter that may be empty is undecided', () =>
    expect(statusOf(SnsTopicEncryptedKms, 'T', topic({ KmsMasterKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('SnsTopicTlsOnly: the policy in the template and the Policy attribute Config records agree', () => {
  const tls = {
    Effect: 'Deny',
    Principal: '*',
    Action: 'sns:Publish',
    Resource: 'arn:aws:sns:eu-west-2:111122223333:t',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  const owner = {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'sns:Publish',
    Resource: 'arn:aws:sns:eu-west-2:111122223333:t',
  };
  const withPolicy = (statements: unknown[]) =>
    template({
      Resources: {
        T: { Type: 'AWS::SNS::Topic' },
        P: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'T' }], PolicyDocument: { Statement: statements } } },
      },
    });
  // Config keeps the attribute as the service returns it: a JSON string
  const recorded = (statements: unknown[]) => item({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) });

  it.each([
    ['a statement denying requests without TLS', [owner, tls], 'COMPLIANT'],
    ['only the owner statement', [owner], 'NON_COMPLIANT'],
    ['a TLS deny scoped to one principal', [{ ...tls, Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } }], 'NON_COMPLIANT'],
  ])('%s', (_name, statements, expected) => {
    expect([statusOf(SnsTopicTlsOnly, 'T', withPolicy(statements)), statusOfItem(SnsTopicTlsOnly, recorded(statements))]).toEqual(
      [expected, expected],
    );
  });

  it('fails with no policy, in the template and on an item without the attribute', () => {
    expect([
      statusOf(SnsTopicTlsOnly, 'T', template({ Resources: { T: { Type: 'AWS::SNS::Topic' } } })),
      statusOfItem(SnsTopicTlsOnly, item({})),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('needs review when the recorded policy is not valid JSON', () =>
    expect(statusOfItem(SnsTopicTlsOnly, item({ Policy: '{"Statement": [' }))).toBe('INSUFFICIENT_DATA'));
});
