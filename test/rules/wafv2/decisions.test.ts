import { WafWebAclBaselineRules } from '../../../rules/wafv2/WafWebAclBaselineRules';
import { WafWebAclLoggingEnabled } from '../../../rules/wafv2/WafWebAclLoggingEnabled';
import { WafWebAclNotEmpty } from '../../../rules/wafv2/WafWebAclNotEmpty';
import { U, decisionTables } from '../decision-table';

const group = (name: unknown, action: unknown = ['none']) => ({ name, managedGroup: name, rateBased: false, action });
const rate = (action: unknown = ['block']) => ({ name: 'rate', rateBased: true, action });
const BASELINE = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesAmazonIpReputationList',
];

decisionTables([
  [
    WafWebAclNotEmpty,
    [
      ['three rules', { rules: 3 }, 'COMPLIANT'],
      ['none', { rules: 0 }, 'NON_COMPLIANT'],
      ['unknown', { rules: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    WafWebAclLoggingEnabled,
    [
      ['logged', { logging: true }, 'COMPLIANT'],
      ['not logged', { logging: false }, 'NON_COMPLIANT'],
      ['unknown', { logging: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    WafWebAclBaselineRules,
    [
      ['the baseline and a blocking rate rule', { rules: [...BASELINE.map((g) => group(g)), rate()] }, 'COMPLIANT'],
      [
        'a group only counts',
        { rules: [...BASELINE.map((g, i) => group(g, i ? ['none'] : ['count'])), rate()] },
        'NON_COMPLIANT',
      ],
      ['no rate rule', { rules: BASELINE.map((g) => group(g)) }, 'NON_COMPLIANT'],
      ['the rate rule only counts', { rules: [...BASELINE.map((g) => group(g)), rate(['count'])] }, 'NON_COMPLIANT'],
      ['a group missing', { rules: [group(BASELINE[0]), group(BASELINE[1]), rate()] }, 'NON_COMPLIANT'],
      [
        'a group missing beside an unknown one',
        { rules: [group(BASELINE[0]), group(BASELINE[1]), group(U), rate()] },
        'INSUFFICIENT_DATA',
      ],
      [
        'an unknown override action',
        { rules: [...BASELINE.map((g, i) => group(g, i ? ['none'] : U)), rate()] },
        'INSUFFICIENT_DATA',
      ],
      ['unknown rules', { rules: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
