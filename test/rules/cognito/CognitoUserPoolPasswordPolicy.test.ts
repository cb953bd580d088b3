import { CognitoUserPoolPasswordPolicy as rule } from '../../../rules/cognito/CognitoUserPoolPasswordPolicy';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const pool = (minLength: unknown, mfa?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Pool: {
        Type: 'AWS::Cognito::UserPool',
        Properties: {
          ...(minLength === undefined ? {} : { Policies: { PasswordPolicy: { MinimumLength: minLength } } }),
          ...(mfa === undefined ? {} : { MfaConfiguration: mfa }),
        },
      },
    },
  });

describe('CognitoUserPoolPasswordPolicy', () => {
  it('passes 12 characters without MFA', () => {
    expect(statusOf(rule, 'Pool', pool(12))).toBe('COMPLIANT');
  });
  it('passes 8 characters with MFA required', () => {
    expect(statusOf(rule, 'Pool', pool(8, 'ON'))).toBe('COMPLIANT');
  });
  it('passes 14 characters even when MFA is a parameter', () => {
    expect(statusOf(rule, 'Pool', pool(14, PARAM))).toBe('COMPLIANT');
  });
  it('fails when the default 8 characters come without MFA', () => {
    expect(statusOf(rule, 'Pool', pool(undefined))).toBe('NON_COMPLIANT');
  });
  it('fails when 6 characters are allowed even with MFA', () => {
    expect(statusOf(rule, 'Pool', pool(6, 'ON'))).toBe('NON_COMPLIANT');
  });
  it('needs review when the length is a parameter', () => {
    expect(statusOf(rule, 'Pool', pool(PARAM))).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when 10 characters depend on an unknown MFA setting', () => {
    expect(statusOf(rule, 'Pool', pool(10, PARAM))).toBe('INSUFFICIENT_DATA');
  });
});
