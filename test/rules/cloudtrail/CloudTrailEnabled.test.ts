import { CloudTrailEnabled as rule } from '../../../rules/cloudtrail/CloudTrailEnabled';
import { accountResult } from '../guardduty/account-result';
import { PARAM, run, statusOf, template } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailEnabled', () => {
  it('passes when a trail is logging', () => expect(statusOf(rule, '(account)', trailTemplate({}))).toBe('COMPLIANT'));
  it('passes for a workload stack when the trail is in a security stack', () => {
    const env = { account: '111122223333', region: 'eu-west-2' };
    const app = template({ Bucket: { Type: 'AWS::S3::Bucket' } }, { stack: 'App', ...env });
    expect(accountResult(rule, 'App', app, trailTemplate({}, {}, { stack: 'Audit', ...env })).status).toBe('COMPLIANT');
  });
  it('fails when the trail is not logging', () =>
    expect(statusOf(rule, '(account)', trailTemplate({ IsLogging: false }))).toBe('NON_COMPLIANT'));
  it('fails when the stack has resources but no trail exists', () => {
    expect(statusOf(rule, '(account)', template({ Bucket: { Type: 'AWS::S3::Bucket' } }))).toBe('NON_COMPLIANT');
  });
  it('is not reported for an empty template', () => expect(run(rule, template({ Resources: {} }))).toEqual([]));
  it('needs review when IsLogging is a parameter', () =>
    expect(statusOf(rule, '(account)', trailTemplate({ IsLogging: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
