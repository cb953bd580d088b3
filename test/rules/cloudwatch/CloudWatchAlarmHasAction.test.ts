import { CloudWatchAlarmHasAction as rule } from '../../../rules/cloudwatch/CloudWatchAlarmHasAction';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const alarm = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Alarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          MetricName: 'Errors',
          Namespace: 'App',
          Threshold: 1,
          EvaluationPeriods: 1,
          ComparisonOperator: 'GreaterThanThreshold',
          ...props,
        },
      },
    },
  });
const sns = { 'Fn::Sub': 'arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:Alerts' };

describe('CloudWatchAlarmHasAction', () => {
  it('passes with an SNS alarm action', () =>
    expect(statusOf(rule, 'Alarm', alarm({ AlarmActions: [{ Ref: 'Topic' }] }))).toBe('COMPLIANT'));
  it('passes when the action ARN is built with Fn::Sub', () =>
    expect(statusOf(rule, 'Alarm', alarm({ AlarmActions: [sns] }))).toBe('COMPLIANT'));
  it('fails when there are no actions', () => expect(statusOf(rule, 'Alarm', alarm({}))).toBe('NON_COMPLIANT'));
  it('fails when only an OK action is set', () => {
    const r = resultOf(rule, 'Alarm', alarm({ OKActions: [sns] }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('no ALARM action');
  });
  it('fails when actions are disabled', () =>
    expect(statusOf(rule, 'Alarm', alarm({ AlarmActions: [sns], ActionsEnabled: false }))).toBe('NON_COMPLIANT'));
  it('needs review when the actions are a parameter', () =>
    expect(statusOf(rule, 'Alarm', alarm({ AlarmActions: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('CloudWatchAlarmHasAction with open choices', () => {
  const alarm = (actions: unknown) =>
    template({
      Parameters: { Env: { Type: 'String' }, Topic: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        A: {
          Type: 'AWS::CloudWatch::Alarm',
          Properties: { MetricName: 'Errors', Namespace: 'App', Threshold: 1, AlarmActions: actions },
        },
      },
    });
  it('fails when its only action may vanish', () =>
    expect(statusOf(rule, 'A', alarm([{ 'Fn::If': ['IsProd', { Ref: 'Topic' }, { Ref: 'AWS::NoValue' }] }]))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the actions are not a list', () =>
    expect(statusOf(rule, 'A', alarm({ Ref: 'Topic' }))).toBe('INSUFFICIENT_DATA'));
});
