import { CloudTrailSecurityEventAlarms as rule } from '../../../rules/cloudtrail/CloudTrailSecurityEventAlarms';
import { trailTemplate } from '../cloudtrail/trail';
import { resultOf, statusOf, template } from '../harness';

/** A trail delivering to a log group named by ARN, its alarmed metric filters in another template. */
const ENV = { account: '111122223333', region: 'eu-west-2' };
const trail = trailTemplate(
  { CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:trail-logs:*' },
  {},
  { stack: 'Audit', ...ENV },
);

function monitoring(
  options: { account?: string; region?: string },
  resources: 'filter-and-alarm' | 'alarm-only' = 'filter-and-alarm',
) {
  const alarm = {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      Namespace: 'CIS',
      MetricName: 'Trail',
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    },
  };
  const filter = {
    Type: 'AWS::Logs::MetricFilter',
    Properties: {
      LogGroupName: 'trail-logs',
      FilterPattern: '{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }',
      MetricTransformations: [{ MetricNamespace: 'CIS', MetricName: 'Trail', MetricValue: '1' }],
    },
  };
  return template(
    { Resources: resources === 'alarm-only' ? { Alarm: alarm } : { Filter: filter, Alarm: alarm } },
    { stack: 'Monitoring', ...options },
  );
}

describe('metric filters and alarms in other templates', () => {
  it('fails when none is anywhere', () => expect(statusOf(rule, 'Trail', trail)).toBe('NON_COMPLIANT'));
  it('counts a template bound to the same account and region (still failing the classes it misses)', () => {
    const r = resultOf(rule, 'Trail', trail, monitoring(ENV));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('CloudTrail configuration changes');
  });
  it('ignores a template bound to another account', () => {
    const r = resultOf(rule, 'Trail', trail, monitoring({ account: '444455556666', region: 'eu-west-2' }));
    expect(r.message).toContain('CloudTrail configuration changes');
  });
  it('is undecided, naming the template, when the filter may share the account and region', () => {
    const r = resultOf(rule, 'Trail', trail, monitoring({}));
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.message).toContain('Filter (AWS::Logs::MetricFilter)');
    expect(r.message).toContain('may be in this account and region');
  });
  it('an alarm alone in such a template proves nothing when no filter reads the group', () =>
    expect(statusOf(rule, 'Trail', trail, monitoring({}, 'alarm-only'))).toBe('NON_COMPLIANT'));
});
