import { NetworkFirewallPolicyHasStatefulRuleGroup as rule } from '../../../rules/networkfirewall/NetworkFirewallPolicyHasStatefulRuleGroup';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const policy = (body: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: body } },
    },
  });

describe('NetworkFirewallPolicyHasStatefulRuleGroup', () => {
  it('passes with a stateful rule group', () => {
    expect(
      statusOf(
        rule,
        'P',
        policy({
          StatefulRuleGroupReferences: [
            {
              ResourceArn: 'arn:aws:network-firewall:eu-west-2:aws-managed:stateful-rulegroup/ThreatSignaturesMalwareStrictOrder',
            },
          ],
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails with only stateless rule groups', () => {
    expect(statusOf(rule, 'P', policy({ StatelessRuleGroupReferences: [{ ResourceArn: 'arn:x', Priority: 1 }] }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails with an empty list', () =>
    expect(statusOf(rule, 'P', policy({ StatefulRuleGroupReferences: [] }))).toBe('NON_COMPLIANT'));
  it('needs review when the references are a parameter', () => {
    expect(statusOf(rule, 'P', policy({ StatefulRuleGroupReferences: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
