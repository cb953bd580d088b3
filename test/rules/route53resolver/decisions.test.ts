import { VpcDnsFirewallProtected } from '../../../rules/route53resolver/VpcDnsFirewallProtected';
import { VpcDnsQueryLoggingEnabled } from '../../../rules/route53resolver/VpcDnsQueryLoggingEnabled';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    VpcDnsQueryLoggingEnabled,
    [
      ['logged', { queryLogging: true }, 'COMPLIANT'],
      ['not logged', { queryLogging: false }, 'NON_COMPLIANT'],
      ['not known', { queryLogging: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    VpcDnsFirewallProtected,
    [
      ['blocks an AWS managed list', { associations: [{ association: 'A', blockedLists: ['managed'] }] }, 'COMPLIANT'],
      ['no rule group', { associations: [] }, 'NON_COMPLIANT'],
      ['blocks only its own lists', { associations: [{ association: 'A', blockedLists: ['own'] }] }, 'NON_COMPLIANT'],
      ['blocks nothing', { associations: [{ association: 'A', blockedLists: [] }] }, 'NON_COMPLIANT'],
      ['a list not known', { associations: [{ association: 'A', blockedLists: ['own', U] }] }, 'INSUFFICIENT_DATA'],
      ['rule group not known', { associations: [{ association: 'A', blockedLists: U }] }, 'INSUFFICIENT_DATA'],
      ['associations not known', { associations: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
