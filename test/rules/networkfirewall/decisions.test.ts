import { NetworkFirewallDeletionProtection } from '../../../rules/networkfirewall/NetworkFirewallDeletionProtection';
import { NetworkFirewallLogsAlertAndFlow } from '../../../rules/networkfirewall/NetworkFirewallLogsAlertAndFlow';
import { NetworkFirewallMultiAz } from '../../../rules/networkfirewall/NetworkFirewallMultiAz';
import { NetworkFirewallPolicyForwardsFragmentedPackets } from '../../../rules/networkfirewall/NetworkFirewallPolicyForwardsFragmentedPackets';
import { NetworkFirewallPolicyForwardsFullPackets } from '../../../rules/networkfirewall/NetworkFirewallPolicyForwardsFullPackets';
import { NetworkFirewallPolicyHasStatefulRuleGroup } from '../../../rules/networkfirewall/NetworkFirewallPolicyHasStatefulRuleGroup';
import { NetworkFirewallPolicyStrictOrderDefaultDrop } from '../../../rules/networkfirewall/NetworkFirewallPolicyStrictOrderDefaultDrop';
import { NetworkFirewallSubnetChangeProtection } from '../../../rules/networkfirewall/NetworkFirewallSubnetChangeProtection';
import { Row, U, decisionTables } from '../decision-table';

const flag = (key: string): Row[] => [
  ['on', { [key]: true }, 'COMPLIANT'],
  ['off', { [key]: false }, 'NON_COMPLIANT'],
  ['not set (default off)', { [key]: undefined }, 'NON_COMPLIANT'],
  ['unknown', { [key]: U }, 'INSUFFICIENT_DATA'],
];

const forwarding = (key: string): Row[] => [
  ['forward to the stateful engine', { [key]: ['aws:forward_to_sfe'] }, 'COMPLIANT'],
  ['pass', { [key]: ['aws:pass'] }, 'NON_COMPLIANT'],
  ['drop', { [key]: ['aws:drop'] }, 'NON_COMPLIANT'],
  ['none', { [key]: [] }, 'NON_COMPLIANT'],
  ['an unknown action beside a forward', { [key]: ['aws:forward_to_sfe', U] }, 'INSUFFICIENT_DATA'],
  ['an unknown list', { [key]: U }, 'INSUFFICIENT_DATA'],
];

decisionTables([
  [NetworkFirewallDeletionProtection, flag('deleteProtection')],
  [NetworkFirewallSubnetChangeProtection, flag('subnetChangeProtection')],
  [NetworkFirewallPolicyForwardsFullPackets, forwarding('statelessDefaultActions')],
  [NetworkFirewallPolicyForwardsFragmentedPackets, forwarding('statelessFragmentDefaultActions')],
  [
    NetworkFirewallMultiAz,
    [
      ['two zones', { zones: ['eu-west-2a', 'eu-west-2b'] }, 'COMPLIANT'],
      ['two zones and an unknown one', { zones: ['eu-west-2a', 'eu-west-2b', U] }, 'COMPLIANT'],
      ['one zone twice', { zones: ['eu-west-2a', 'eu-west-2a'] }, 'NON_COMPLIANT'],
      ['no subnet', { zones: [] }, 'NON_COMPLIANT'],
      ['one zone and an unknown one', { zones: ['eu-west-2a', U] }, 'INSUFFICIENT_DATA'],
      ['unknown subnets', { zones: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    NetworkFirewallLogsAlertAndFlow,
    [
      ['alert and flow', { logTypes: ['ALERT', 'FLOW'] }, 'COMPLIANT'],
      ['alert, flow and an unknown type', { logTypes: ['ALERT', 'FLOW', U] }, 'COMPLIANT'],
      ['alert only', { logTypes: ['ALERT'] }, 'NON_COMPLIANT'],
      ['no logging', { logTypes: [] }, 'NON_COMPLIANT'],
      ['alert and an unknown type', { logTypes: ['ALERT', U] }, 'INSUFFICIENT_DATA'],
      ['unknown configuration', { logTypes: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    NetworkFirewallPolicyHasStatefulRuleGroup,
    [
      ['two groups', { statefulRuleGroups: 2 }, 'COMPLIANT'],
      ['none', { statefulRuleGroups: 0 }, 'NON_COMPLIANT'],
      ['unknown', { statefulRuleGroups: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    NetworkFirewallPolicyStrictOrderDefaultDrop,
    [
      [
        'strict order, drop established',
        { ruleOrder: 'STRICT_ORDER', statefulDefaultActions: ['aws:drop_established'] },
        'COMPLIANT',
      ],
      ['strict order, alert only', { ruleOrder: 'STRICT_ORDER', statefulDefaultActions: ['aws:alert_strict'] }, 'NON_COMPLIANT'],
      ['strict order, no default action', { ruleOrder: 'STRICT_ORDER', statefulDefaultActions: [] }, 'NON_COMPLIANT'],
      ['default order', { ruleOrder: 'DEFAULT_ACTION_ORDER', statefulDefaultActions: ['aws:drop_strict'] }, 'NON_COMPLIANT'],
      ['order not set', { ruleOrder: undefined, statefulDefaultActions: [] }, 'NON_COMPLIANT'],
      ['order not set, actions unknown', { ruleOrder: undefined, statefulDefaultActions: U }, 'NON_COMPLIANT'],
      ['unknown order', { ruleOrder: U, statefulDefaultActions: ['aws:drop_strict'] }, 'INSUFFICIENT_DATA'],
      ['strict order, unknown actions', { ruleOrder: 'STRICT_ORDER', statefulDefaultActions: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
