import { Rule } from '../../lib/engine/rule';
import { LogsLogGroupEncrypted } from './LogsLogGroupEncrypted';
import { LogsLogGroupRetention } from './LogsLogGroupRetention';
import { NetworkFirewallAlertsAlarmed } from './NetworkFirewallAlertsAlarmed';

export const rules: Rule[] = [LogsLogGroupEncrypted, LogsLogGroupRetention, NetworkFirewallAlertsAlarmed];
