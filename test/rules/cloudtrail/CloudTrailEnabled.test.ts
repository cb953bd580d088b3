import { CloudTrailEnabled as rule } from '../../../rules/cloudtrail/CloudTrailEnabled';
import { stackResult } from '../guardduty/stack-result';
import { PARAM, statusOf, template } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailEnabled', () => {
  it('passes when a trail is logging', () => expect(statusOf(rule, '(stack)', trailTemplate({}))).toBe('COMPLIANT'));
  it('passes for a workload stack when the trail is in a security stack', () => {
    const app = template({ Bucket: { Type: 'AWS::S3::Bucket' } }, { stack: 'App' });
    expect(stackResult(rule, 'App', app, trailTemplate({}, {}, { stack: 'Audit' })).status).toBe('COMPLIANT');
  });
  it('fails when the trail is not logging', () =>
    expect(statusOf(rule, '(stack)', trailTemplate({ IsLogging: false }))).toBe('NON_COMPLIANT'));
  it('fails when the stack has resources but no trail exists', () => {
    expect(statusOf(rule, '(stack)', template({ Bucket: { Type: 'AWS::S3::Bucket' } }))).toBe('NON_COMPLIANT');
  });
  it('is not applicable to an empty template', () =>
    expect(statusOf(rule, '(stack)', template({ Resources: {} }))).toBe('NOT_APPLICABLE'));
  it('needs review when IsLogging is a parameter', () =>
    expect(statusOf(rule, '(stack)', trailTemplate({ IsLogging: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
