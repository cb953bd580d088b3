import { NetworkFirewallDeletionProtection as rule } from '../../../rules/networkfirewall/NetworkFirewallDeletionProtection';
import { PARAM, statusOf } from '../harness';
import { firewall } from './firewall-fixture';

const property = 'DeleteProtection';

describe('NetworkFirewallDeletionProtection', () => {
  it('passes when on', () => expect(statusOf(rule, 'F', firewall({ [property]: true }))).toBe('COMPLIANT'));
  it('fails when absent (default false)', () => expect(statusOf(rule, 'F', firewall({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () => expect(statusOf(rule, 'F', firewall({ [property]: false }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'F', firewall({ [property]: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
