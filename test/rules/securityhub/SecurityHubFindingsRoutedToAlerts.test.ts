import { SecurityHubFindingsRoutedToAlerts as rule } from '../../../rules/securityhub/SecurityHubFindingsRoutedToAlerts';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const route = (pattern: unknown, targets: unknown[] = [{ Arn: { Ref: 'Alerts' }, Id: 'a' }]) => ({
  Route: { Type: 'AWS::Events::Rule', Properties: { EventPattern: pattern, Targets: targets } },
});
const t = (resources: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Hub: { Type: 'AWS::SecurityHub::Hub' }, Alerts: { Type: 'AWS::SNS::Topic' }, ...resources } as never,
  });

describe('SecurityHubFindingsRoutedToAlerts', () => {
  it('passes when imported findings go to SNS', () => {
    const r = resultOf(rule, 'Hub', t(route({ 'detail-type': ['Security Hub Findings - Imported'] })));
    expect(r.status).toBe('COMPLIANT');
    expect(r.message).toContain('(SNS)');
  });
  it('fails when there is no routing rule', () => expect(statusOf(rule, 'Hub', t({}))).toBe('NON_COMPLIANT'));
  it('fails when the rule routes only GuardDuty', () =>
    expect(statusOf(rule, 'Hub', t(route({ source: ['aws.guardduty'] })))).toBe('NON_COMPLIANT'));
  it('needs review when the source is a parameter', () =>
    expect(statusOf(rule, 'Hub', t(route({ source: [PARAM] })))).toBe('INSUFFICIENT_DATA'));
});
