import { LogsLogGroupEncrypted as rule } from '../../../rules/logs/LogsLogGroupEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const group = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'yes'] } },
    Resources: { Key: { Type: 'AWS::KMS::Key' }, Logs: { Type: 'AWS::Logs::LogGroup', Properties: props } },
  });

describe('LogsLogGroupEncrypted', () => {
  it('passes with a key from the template', () =>
    expect(statusOf(rule, 'Logs', group({ KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }))).toBe('COMPLIANT'));
  // A String parameter may be empty, and then the group has no key.
  it('needs review with a key ARN given as a parameter that may be empty', () =>
    expect(statusOf(rule, 'Logs', group({ KmsKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails when KmsKeyId is missing', () =>
    expect(statusOf(rule, 'Logs', group({ RetentionInDays: 365 }))).toBe('NON_COMPLIANT'));
  it('fails by cases when the key depends on an undecidable condition', () => {
    expect(
      statusOf(
        rule,
        'Logs',
        group({ KmsKeyId: { 'Fn::If': ['Maybe', 'arn:aws:kms:eu-west-2:1:key/x', { Ref: 'AWS::NoValue' }] } }),
      ),
    ).toBe('NON_COMPLIANT');
  });
});
