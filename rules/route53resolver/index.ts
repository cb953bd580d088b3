import { Rule } from '../../lib/engine/rule';
import { VpcDnsFirewallProtected } from './VpcDnsFirewallProtected';
import { VpcDnsQueryLoggingEnabled } from './VpcDnsQueryLoggingEnabled';

export const rules: Rule[] = [VpcDnsFirewallProtected, VpcDnsQueryLoggingEnabled];
