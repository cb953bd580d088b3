import { SqsQueueTlsOnly as rule } from '../../../rules/sqs/SqsQueueTlsOnly';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const withPolicy = (statement: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Queue: { Type: 'AWS::SQS::Queue' },
      Policy: {
        Type: 'AWS::SQS::QueuePolicy',
        Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: { Statement: [statement] } },
      },
    },
  });
const enforceSsl = {
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 'sqs:*',
  Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] },
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

describe('SqsQueueTlsOnly', () => {
  it('passes with the enforceSSL statement', () => expect(statusOf(rule, 'Queue', withPolicy(enforceSsl))).toBe('COMPLIANT'));
  it('fails when there is no queue policy', () =>
    expect(statusOf(rule, 'Queue', template({ Queue: { Type: 'AWS::SQS::Queue' } }))).toBe('NON_COMPLIANT'));
  it('fails when the policy only allows', () =>
    expect(statusOf(rule, 'Queue', withPolicy({ ...enforceSsl, Effect: 'Allow' }))).toBe('NON_COMPLIANT'));
  it('needs review when the condition value is a parameter', () => {
    expect(statusOf(rule, 'Queue', withPolicy({ ...enforceSsl, Condition: { Bool: { 'aws:SecureTransport': PARAM } } }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
