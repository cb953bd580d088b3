import { SnsTopicEncryptedKms as rule } from '../../../rules/sns/SnsTopicEncryptedKms';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const topic = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'y'] } },
    Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: props } },
  });

describe('SnsTopicEncryptedKms', () => {
  it('passes with the AWS-managed SNS key', () =>
    expect(statusOf(rule, 'Topic', topic({ KmsMasterKeyId: 'alias/aws/sns' }))).toBe('COMPLIANT'));
  // A String parameter may be empty, and then the topic has no key.
  it('needs review with a key ARN from a parameter that may be empty', () =>
    expect(statusOf(rule, 'Topic', topic({ KmsMasterKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails when no key is set', () => expect(statusOf(rule, 'Topic', topic({ TopicName: 'alerts' }))).toBe('NON_COMPLIANT'));
  it('fails by cases when the key depends on an undecidable condition', () => {
    expect(
      statusOf(rule, 'Topic', topic({ KmsMasterKeyId: { 'Fn::If': ['Maybe', 'alias/aws/sns', { Ref: 'AWS::NoValue' }] } })),
    ).toBe('NON_COMPLIANT');
  });
});
