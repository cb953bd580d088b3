import { NetworkFirewallMultiAz as rule } from '../../../rules/networkfirewall/NetworkFirewallMultiAz';
import { PARAM, resultOf, statusOf } from '../harness';
import { firewall, mappings } from './firewall-fixture';

describe('NetworkFirewallMultiAz', () => {
  it('passes with subnets in two named zones', () => expect(statusOf(rule, 'F', firewall(mappings('A', 'B')))).toBe('COMPLIANT'));
  it('passes with subnets selected from two GetAZs indexes', () =>
    expect(statusOf(rule, 'F', firewall(mappings('SelA', 'SelB')))).toBe('COMPLIANT'));
  it('passes with two availability zone mappings', () => {
    expect(
      statusOf(
        rule,
        'F',
        firewall({
          SubnetMappings: undefined,
          AvailabilityZoneMappings: [{ AvailabilityZone: 'eu-west-2a' }, { AvailabilityZone: 'eu-west-2b' }],
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails with one subnet', () => expect(statusOf(rule, 'F', firewall({}))).toBe('NON_COMPLIANT'));
  it('fails with two subnets in the same zone', () => {
    const r = resultOf(rule, 'F', firewall(mappings('A', 'A2')));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('eu-west-2a');
  });
  it('needs review when a subnet is a parameter', () =>
    expect(statusOf(rule, 'F', firewall(mappings('A', PARAM)))).toBe('INSUFFICIENT_DATA'));
});
