import { SnsTopicEncryptedKms } from '../../../rules/sns/SnsTopicEncryptedKms';
import { SnsTopicTlsOnly } from '../../../rules/sns/SnsTopicTlsOnly';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';
import { tlsOnlyParity } from '../tls-only-parity';

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

tlsOnlyParity(SnsTopicTlsOnly, {
  type: 'AWS::SNS::Topic',
  policyType: 'AWS::SNS::TopicPolicy',
  listedIn: 'Topics',
  action: 'sns:Publish',
  arn: 'arn:aws:sns:eu-west-2:111122223333:t',
  item,
});
