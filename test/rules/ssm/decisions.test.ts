import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { SsmDocumentNotPublic } from '../../../rules/ssm/SsmDocumentNotPublic';
import { SsmPatchBaselineAutoApproval } from '../../../rules/ssm/SsmPatchBaselineAutoApproval';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');
const security = (approveAfterDays: number, extra: Record<string, unknown> = {}) => ({
  classifications: ['Security'],
  severities: ['Critical', 'Important'],
  approveAfterDays,
  ...extra,
});

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['document private', SsmDocumentNotPublic, { sharedWith: [] }, 'COMPLIANT'],
    ['document public', SsmDocumentNotPublic, { sharedWith: ['all'] }, 'NON_COMPLIANT'],
    [
      'approval in 7 days, weekly run',
      SsmPatchBaselineAutoApproval,
      { rules: [security(7)], schedules: [{ source: 'w', expression: 'rate(7 days)' }] },
      'COMPLIANT',
    ],
    ['approval in 10 days', SsmPatchBaselineAutoApproval, { rules: [security(10)], schedules: [] }, 'NON_COMPLIANT'],
    [
      'approval in 7 days, monthly run',
      SsmPatchBaselineAutoApproval,
      { rules: [security(7)], schedules: [{ source: 'w', expression: 'rate(30 days)' }] },
      'NON_COMPLIANT',
    ],
    [
      'schedule open',
      SsmPatchBaselineAutoApproval,
      { rules: [security(7)], schedules: [{ source: 'w', expression: open }] },
      'INSUFFICIENT_DATA',
    ],
    ['rules open', SsmPatchBaselineAutoApproval, { rules: open, schedules: [] }, 'INSUFFICIENT_DATA'],
    [
      'only rule unreadable',
      SsmPatchBaselineAutoApproval,
      { rules: [security(1, { open })], schedules: [] },
      'INSUFFICIENT_DATA',
    ],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
