import { CognitoUserPoolMfaRequired as rule } from '../../../rules/cognito/CognitoUserPoolMfaRequired';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const pool = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Pool: { Type: 'AWS::Cognito::UserPool', Properties: props } } });

describe('CognitoUserPoolMfaRequired', () => {
  it('passes when MFA is ON', () => {
    expect(statusOf(rule, 'Pool', pool({ MfaConfiguration: 'ON' }))).toBe('COMPLIANT');
  });
  it('fails when MFA is OPTIONAL', () => {
    expect(statusOf(rule, 'Pool', pool({ MfaConfiguration: 'OPTIONAL' }))).toBe('NON_COMPLIANT');
  });
  it('fails when MfaConfiguration is not set (OFF)', () => {
    expect(statusOf(rule, 'Pool', pool({}))).toBe('NON_COMPLIANT');
  });
  it('needs review when MfaConfiguration is a parameter', () => {
    expect(statusOf(rule, 'Pool', pool({ MfaConfiguration: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
