import { SecurityHubEnabled as rule } from '../../../rules/securityhub/SecurityHubEnabled';
import { accountResult } from '../guardduty/account-result';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = { Bucket: { Type: 'AWS::S3::Bucket' } };
const hub = { Hub: { Type: 'AWS::SecurityHub::Hub' } };

describe('SecurityHubEnabled', () => {
  it('passes when the stack enables Security Hub', () => {
    expect(statusOf(rule, '(account)', template({ ...bucket, ...hub }))).toBe('COMPLIANT');
  });
  it('passes when another stack of the environment enables it', () => {
    const app = template(bucket, { stack: 'App', account: '111111111111', region: 'eu-west-2' });
    const security = template(hub, { stack: 'Security', account: '111111111111', region: 'eu-west-2' });
    expect(accountResult(rule, 'App', app, security).status).toBe('COMPLIANT');
  });
  it('fails when no hub is defined', () => {
    expect(statusOf(rule, '(account)', template(bucket))).toBe('NON_COMPLIANT');
  });
  it('fails when the only hub is in another account', () => {
    const app = template(bucket, { stack: 'App', account: '111111111111' });
    const other = template(hub, { stack: 'Other', account: '222222222222' });
    expect(accountResult(rule, 'App', app, other).status).toBe('NON_COMPLIANT');
  });
  it('fails by cases when the hub depends on an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { On: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { ...bucket, Hub: { Type: 'AWS::SecurityHub::Hub', Condition: 'On' } },
    });
    expect(statusOf(rule, '(account)', t)).toBe('NON_COMPLIANT');
  });
});
