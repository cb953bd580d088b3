import { NetworkFirewallPolicyStrictOrderDefaultDrop as rule } from '../../../rules/networkfirewall/NetworkFirewallPolicyStrictOrderDefaultDrop';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const policy = (body: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: body } },
    },
  });
const strict = { StatefulEngineOptions: { RuleOrder: 'STRICT_ORDER' } };

describe('NetworkFirewallPolicyStrictOrderDefaultDrop', () => {
  it('passes with strict order and drop_established', () => {
    expect(
      statusOf(rule, 'P', policy({ ...strict, StatefulDefaultActions: ['aws:drop_established', 'aws:alert_established'] })),
    ).toBe('COMPLIANT');
  });
  it('fails with the default action order', () => expect(statusOf(rule, 'P', policy({}))).toBe('NON_COMPLIANT'));
  it('fails with strict order but only an alert default', () => {
    expect(statusOf(rule, 'P', policy({ ...strict, StatefulDefaultActions: ['aws:alert_strict'] }))).toBe('NON_COMPLIANT');
  });
  it('fails with strict order and no default actions', () => expect(statusOf(rule, 'P', policy(strict))).toBe('NON_COMPLIANT'));
  it('needs review when the rule order is a parameter', () => {
    expect(statusOf(rule, 'P', policy({ StatefulEngineOptions: { RuleOrder: PARAM } }))).toBe('INSUFFICIENT_DATA');
  });
});
