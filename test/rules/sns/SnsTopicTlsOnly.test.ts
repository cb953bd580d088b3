import { SnsTopicTlsOnly as rule } from '../../../rules/sns/SnsTopicTlsOnly';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const deny = (overrides: Record<string, unknown> = {}) => ({
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 'sns:Publish',
  Resource: { Ref: 'Topic' },
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...overrides,
});
const withPolicy = (statements: unknown[] | unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Policy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: { Topics: [{ Ref: 'Topic' }], PolicyDocument: { Version: '2012-10-17', Statement: statements } },
      },
    },
  });

describe('SnsTopicTlsOnly', () => {
  it('passes with the enforceSSL statement', () => expect(statusOf(rule, 'Topic', withPolicy([deny()]))).toBe('COMPLIANT'));
  it('passes when the deny covers sns:*', () =>
    expect(statusOf(rule, 'Topic', withPolicy([deny({ Action: 'sns:*', Principal: '*' })]))).toBe('COMPLIANT'));
  it('fails when there is no topic policy', () =>
    expect(statusOf(rule, 'Topic', template({ Topic: { Type: 'AWS::SNS::Topic' } }))).toBe('NON_COMPLIANT'));
  it('fails when the deny names one principal only', () => {
    expect(statusOf(rule, 'Topic', withPolicy([deny({ Principal: { AWS: 'arn:aws:iam::1:root' } })]))).toBe('NON_COMPLIANT');
  });
  it('fails when the deny does not cover publishing', () =>
    expect(statusOf(rule, 'Topic', withPolicy([deny({ Action: 'sns:Subscribe' })]))).toBe('NON_COMPLIANT'));
  it('needs review when the statements are a parameter', () =>
    expect(statusOf(rule, 'Topic', withPolicy(PARAM))).toBe('INSUFFICIENT_DATA'));
});
