import { GuardDutyFindingsRoutedToAlerts as rule } from '../../../rules/guardduty/GuardDutyFindingsRoutedToAlerts';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';
import { LONDON } from './account-result';

const detector = { Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: true } } };
const topic = { Alerts: { Type: 'AWS::SNS::Topic' } };
const eventRule = (props: Record<string, unknown>) => ({
  Route: {
    Type: 'AWS::Events::Rule',
    Properties: {
      EventPattern: { source: ['aws.guardduty'], 'detail-type': ['GuardDuty Finding'] },
      Targets: [{ Arn: { Ref: 'Alerts' }, Id: 'alerts' }],
      ...props,
    },
  },
});
const t = (resources: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { ...detector, ...topic, ...resources } as never });

describe('GuardDutyFindingsRoutedToAlerts', () => {
  it('passes when a rule sends findings to an SNS topic', () => {
    const r = resultOf(rule, 'Detector', t(eventRule({})));
    expect(r.status).toBe('COMPLIANT');
    expect(r.message).toContain('Route (SNS)');
  });

  it('passes with a routing rule in another stack and a JSON-string pattern', () => {
    const monitoring = template(
      {
        Route: {
          Type: 'AWS::Events::Rule',
          Properties: {
            EventPattern: '{"source":[{"prefix":"aws.guard"}]}',
            Targets: [{ Arn: 'arn:aws:lambda:eu-west-2:1:function:f', Id: 'f' }],
          },
        },
      },
      { stack: 'Monitoring', ...LONDON },
    );
    expect(statusOf(rule, 'Detector', template(detector, LONDON), monitoring)).toBe('COMPLIANT');
  });

  it('fails when no rule matches GuardDuty findings', () => {
    expect(statusOf(rule, 'Detector', t(eventRule({ EventPattern: { source: ['aws.securityhub'] } })))).toBe('NON_COMPLIANT');
  });

  it('fails when the matching rule is disabled', () => {
    expect(statusOf(rule, 'Detector', t(eventRule({ State: 'DISABLED' })))).toBe('NON_COMPLIANT');
  });

  it('fails when the matching rule has no targets', () => {
    expect(statusOf(rule, 'Detector', t(eventRule({ Targets: [] })))).toBe('NON_COMPLIANT');
  });

  it('fails when the rule listens on a custom event bus', () => {
    const r = t({
      ...eventRule({ EventBusName: { Ref: 'Bus' } }),
      Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'x' } },
    });
    expect(statusOf(rule, 'Detector', r)).toBe('NON_COMPLIANT');
  });

  it('needs review when the event pattern is a parameter', () => {
    expect(statusOf(rule, 'Detector', t(eventRule({ EventPattern: PARAM })))).toBe('INSUFFICIENT_DATA');
  });
});
