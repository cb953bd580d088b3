import { CloudTrailCloudWatchLogsEnabled as rule } from '../../../rules/cloudtrail/CloudTrailCloudWatchLogsEnabled';
import { statusOf } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailCloudWatchLogsEnabled', () => {
  it('passes with a log group', () => {
    const t = trailTemplate(
      { CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['Logs', 'Arn'] } },
      { Logs: { Type: 'AWS::Logs::LogGroup' } },
    );
    expect(statusOf(rule, 'Trail', t)).toBe('COMPLIANT');
  });
  it('fails when no log group is set', () => expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when the log group depends on an undecidable condition', () => {
    const t = trailTemplate({
      CloudWatchLogsLogGroupArn: { 'Fn::If': ['Maybe', 'arn:aws:logs:eu-west-2:1:log-group:trail:*', { Ref: 'AWS::NoValue' }] },
    });
    expect(statusOf(rule, 'Trail', t)).toBe('NON_COMPLIANT');
  });
});
