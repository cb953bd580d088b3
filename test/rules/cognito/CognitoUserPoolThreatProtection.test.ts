import { CognitoUserPoolThreatProtection as rule } from '../../../rules/cognito/CognitoUserPoolThreatProtection';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const pool = (mode?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Pool: {
        Type: 'AWS::Cognito::UserPool',
        Properties: mode === undefined ? {} : { UserPoolAddOns: { AdvancedSecurityMode: mode } },
      },
    },
  });

describe('CognitoUserPoolThreatProtection', () => {
  it('passes when threat protection is ENFORCED', () => {
    expect(statusOf(rule, 'Pool', pool('ENFORCED'))).toBe('COMPLIANT');
  });
  it('fails when it only audits', () => {
    expect(statusOf(rule, 'Pool', pool('AUDIT'))).toBe('NON_COMPLIANT');
  });
  it('fails when it is not set', () => {
    expect(statusOf(rule, 'Pool', pool())).toBe('NON_COMPLIANT');
  });
  it('needs review when the mode is a parameter', () => {
    expect(statusOf(rule, 'Pool', pool(PARAM))).toBe('INSUFFICIENT_DATA');
  });
});
