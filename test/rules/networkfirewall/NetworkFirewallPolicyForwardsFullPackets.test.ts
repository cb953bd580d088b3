import { NetworkFirewallPolicyForwardsFullPackets as rule } from '../../../rules/networkfirewall/NetworkFirewallPolicyForwardsFullPackets';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const property = 'StatelessDefaultActions';
const policy = (body: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: body } },
    },
  });

describe('NetworkFirewallPolicyForwardsFullPackets', () => {
  it('passes when unmatched packets go to the stateful engine', () => {
    expect(statusOf(rule, 'P', policy({ [property]: ['aws:forward_to_sfe'] }))).toBe('COMPLIANT');
  });
  it('fails when unmatched packets pass', () => {
    const r = resultOf(rule, 'P', policy({ [property]: ['aws:pass'] }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('without stateful inspection');
  });
  it('fails when unmatched packets are dropped before stateful inspection', () => {
    expect(statusOf(rule, 'P', policy({ [property]: ['aws:drop'] }))).toBe('NON_COMPLIANT');
  });
  it('needs review when the action is a parameter', () => {
    expect(statusOf(rule, 'P', policy({ [property]: [PARAM] }))).toBe('INSUFFICIENT_DATA');
  });
});
