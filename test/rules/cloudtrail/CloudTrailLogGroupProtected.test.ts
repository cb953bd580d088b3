import { CloudTrailLogGroupProtected as rule } from '../../../rules/cloudtrail/CloudTrailLogGroupProtected';
import { LONDON } from '../guardduty/account-result';
import { PARAM, resultOf, statusOf, template } from '../harness';
import { trailTemplate } from './trail';

const withGroup = (group: Record<string, unknown>, arn: unknown = { 'Fn::GetAtt': ['Logs', 'Arn'] }) =>
  trailTemplate(
    { CloudWatchLogsLogGroupArn: arn },
    { Key: { Type: 'AWS::KMS::Key' }, Logs: { Type: 'AWS::Logs::LogGroup', Properties: group } },
  );
const key = { KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } };

describe('CloudTrailLogGroupProtected', () => {
  it('passes when the group is encrypted and kept for two years', () => {
    expect(statusOf(rule, 'Trail', withGroup({ ...key, RetentionInDays: 731 }))).toBe('COMPLIANT');
  });
  it('follows an ARN built with Fn::Sub around the group name', () => {
    const arn = { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}:*' };
    expect(statusOf(rule, 'Trail', withGroup({ ...key, RetentionInDays: 400 }, arn))).toBe('COMPLIANT');
  });
  it('finds a group in another stack by its literal name', () => {
    const logs = template(
      { Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'audit', RetentionInDays: 30 } } },
      { stack: 'Logs', ...LONDON },
    );
    const trail = trailTemplate(
      { CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-2:111111111111:log-group:audit:*' },
      {},
      LONDON,
    );
    const r = resultOf(rule, 'Trail', trail, logs);
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('has no KmsKeyId');
    expect(r.message).toContain('below the 365-day minimum');
  });
  it('fails when the group has no key', () =>
    expect(statusOf(rule, 'Trail', withGroup({ RetentionInDays: 731 }))).toBe('NON_COMPLIANT'));
  it('fails when the group never expires', () => expect(statusOf(rule, 'Trail', withGroup(key))).toBe('NON_COMPLIANT'));
  it('is not applicable without CloudWatch Logs delivery or with a group outside the templates', () => {
    expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NOT_APPLICABLE');
    expect(
      statusOf(rule, 'Trail', trailTemplate({ CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-2:1:log-group:elsewhere:*' })),
    ).toBe('NOT_APPLICABLE');
  });
  it('needs review when the log group ARN is a parameter', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ CloudWatchLogsLogGroupArn: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
