import { asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { longestGapDays } from './schedule';

interface ApprovalRule {
  /** CLASSIFICATION values, or `all` when the rule does not filter on classification. */
  readonly classifications: string[] | 'all';
  /** SEVERITY / MSRC_SEVERITY values, or `all`. */
  readonly severities: string[] | 'all';
  readonly approveAfterDays?: number;
  /** Why part of the rule could not be read. */
  readonly open?: Unknown;
}

interface Schedule {
  /** For messages: the maintenance window or association. */
  readonly source: string;
  readonly expression: string | Unknown;
}

interface Facts {
  readonly rules: ApprovalRule[] | Unknown;
  /** Patching schedules in the template that may apply this baseline. */
  readonly schedules: Schedule[];
}

/** Auto-approval delay the check allows, leaving a week of Cyber Essentials' 14 days for the patch run itself. */
export const MAX_APPROVE_AFTER_DAYS = 7;
/** Cyber Essentials: high and critical updates installed within 14 days of release. */
export const MAX_DAYS_TO_PATCH = 14;

const SECURITY_CLASSIFICATIONS = ['security', 'securityupdates', '*'];
const SEVERITIES = ['Critical', 'Important'];
const PATCH_DOCUMENTS = [
  'AWS-RunPatchBaseline',
  'AWS-RunPatchBaselineWithHooks',
  'AWS-RunPatchBaselineAssociation',
  'AWS-PatchInstanceWithRollback',
  'AWS-PatchAsgInstance',
];
const PATCH_GROUP_KEYS = ['tag:patch group', 'tag:patchgroup'];

export const SsmPatchBaselineAutoApproval = defineRule<Facts>({
  id: 'SsmPatchBaselineAutoApproval',
  title: 'Patch baselines approve critical and important security updates within 7 days',
  description:
    'Cyber Essentials requires critical and high-risk security updates within 14 days of release; approval delay plus the time to the next patching run must fit inside that.',
  severity: 'error',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  remediation:
    'Add an approval rule for classification Security with severities Critical and Important and ApproveAfterDays ≤ 7, and run AWS-RunPatchBaseline at least weekly (a maintenance window or association).',
  template: {
    resourceTypes: ['AWS::SSM::PatchBaseline'],
    facts(baseline, { index }) {
      const list = listOf(baseline.get('ApprovalRules.PatchRules'));
      const rules: ApprovalRule[] | Unknown = isUnknown(list) ? list : list.map(approvalRule);
      return { rules, schedules: schedulesFor(baseline, index) };
    },
  },
  evaluate(facts) {
    const { rules, schedules } = facts;
    if (isUnknown(rules)) return needsReview(`approval rules are not known: ${rules.reason}`);
    let review = rules.find((r) => r.open)?.open?.reason;
    let delay = 0;
    for (const severity of SEVERITIES) {
      const covering = rules.filter((r) => !r.open && r.approveAfterDays !== undefined && covers(r, severity));
      if (covering.length === 0) {
        if (review) return needsReview(review);
        return fail(`no approval rule auto-approves ${severity} security updates`);
      }
      delay = Math.max(delay, Math.min(...covering.map((r) => r.approveAfterDays!)));
    }
    if (delay > MAX_APPROVE_AFTER_DAYS)
      return fail(`security updates are approved after ${delay} days, more than ${MAX_APPROVE_AFTER_DAYS}`);
    let worst: { days: number; source: string } | undefined;
    for (const s of schedules) {
      if (isUnknown(s.expression)) {
        review ??= `the schedule of ${s.source} is not known: ${s.expression.reason}`;
        continue;
      }
      const gap = longestGapDays(s.expression);
      if (gap === undefined) review ??= `the schedule ${s.expression} of ${s.source} could not be read`;
      else if (!worst || gap > worst.days) worst = { days: gap, source: s.source };
    }
    if (worst && delay + worst.days > MAX_DAYS_TO_PATCH) {
      const days = Number.isFinite(worst.days) ? `${Math.ceil(delay + worst.days)} days` : 'never (it runs once)';
      return fail(
        `worst case from release to install is ${days}: approval after ${delay} days plus ${worst.source}'s schedule; Cyber Essentials allows ${MAX_DAYS_TO_PATCH}`,
      );
    }
    if (review) return needsReview(review);
    // Every Unknown was weighed above: one that could matter left a reason in `review`.
    if (!worst)
      return pass(
        `security updates are approved after ${delay} days; no patching schedule in this template, so make sure one runs at least weekly`,
        unknownsIn(facts),
      );
    return pass(
      `security updates are installed within ${Math.ceil(delay + worst.days)} days (approval after ${delay}, ${worst.source})`,
      unknownsIn(facts),
    );
  },
});

function approvalRule(rule: unknown): ApprovalRule {
  if (isUnknown(rule)) return { classifications: [], severities: [], open: rule };
  const filters = listOf(field(field(rule, 'PatchFilterGroup'), 'PatchFilters'));
  const days = field(rule, 'ApproveAfterDays');
  let open: Unknown | undefined = isUnknown(filters) ? filters : isUnknown(days) ? days : undefined;
  let classifications: string[] | 'all' = 'all';
  let severities: string[] | 'all' = 'all';
  for (const f of isUnknown(filters) ? [] : filters) {
    const key = asString(field(f, 'Key'));
    const values = listOf(field(f, 'Values'));
    if (isUnknown(values) || typeof key !== 'string') {
      open ??= isUnknown(values) ? values : isUnknown(key) ? key : new Unknown('a patch filter has no key');
      continue;
    }
    const texts = values.map(asString);
    const unknownValue = texts.find(isUnknown);
    if (unknownValue) {
      open ??= unknownValue;
      continue;
    }
    const known = texts.filter((t): t is string => typeof t === 'string');
    if (key === 'CLASSIFICATION') classifications = known;
    if (key === 'SEVERITY' || key === 'MSRC_SEVERITY') severities = known;
  }
  return {
    classifications,
    severities,
    ...(typeof days === 'number' || (typeof days === 'string' && /^\d+$/.test(days)) ? { approveAfterDays: Number(days) } : {}),
    ...(open ? { open } : {}),
  };
}

function covers(rule: ApprovalRule, severity: string): boolean {
  const security =
    rule.classifications === 'all' || rule.classifications.some((c) => SECURITY_CLASSIFICATIONS.includes(c.toLowerCase()));
  const level = rule.severities === 'all' || rule.severities.some((s) => s === '*' || s.toLowerCase() === severity.toLowerCase());
  return security && level;
}

/** Patch groups named by tag targets, or undefined when the targets do not select by patch group. */
function patchGroupsOf(targets: unknown): string[] | undefined {
  const list = listOf(targets);
  if (isUnknown(list)) return undefined;
  const groups: string[] = [];
  for (const t of list) {
    const key = asString(field(t, 'Key'));
    const values = listOf(field(t, 'Values'));
    if (typeof key === 'string' && PATCH_GROUP_KEYS.includes(key.toLowerCase()) && !isUnknown(values))
      groups.push(...values.map(literalOrEmpty));
  }
  return groups.length ? groups : undefined;
}

/**
 * Maintenance windows whose tasks run a patch document, and patch associations, in
 * the same template. One that selects instances by patch groups none of which
 * this baseline serves is left out; anything else may apply the baseline.
 */
function schedulesFor(baseline: TemplateResource, index: TemplateIndex): Schedule[] {
  const groups = listOf(baseline.get('PatchGroups'));
  const served = isUnknown(groups) || groups.length === 0 ? undefined : groups.map(literalOrEmpty);
  const applies = (targetGroups: string[] | undefined) =>
    !served || !targetGroups || served.includes(ANY_GROUP) || targetGroups.some((g) => g === ANY_GROUP || served.includes(g));
  const out: Schedule[] = [];
  const expression = (r: TemplateResource, key: string): string | Unknown => {
    const v = asString(r.get(key));
    return typeof v === 'string' ? v : (v ?? new Unknown('no schedule is set'));
  };
  for (const task of index.ofType('AWS::SSM::MaintenanceWindowTask')) {
    if (index.exists(task) === false || !PATCH_DOCUMENTS.includes(String(task.get('TaskArn')))) continue;
    const window = index.target(task.get('WindowId'));
    if (!window) continue;
    const taskTargets = listOf(task.get('Targets'));
    let targetGroups = patchGroupsOf(taskTargets);
    if (!targetGroups && !isUnknown(taskTargets)) {
      // Targets may point at AWS::SSM::MaintenanceWindowTarget resources (Key WindowTargetIds).
      const windowTargets = taskTargets.flatMap((t) => {
        const values = listOf(field(t, 'Values'));
        return asString(field(t, 'Key')) === 'WindowTargetIds' && !isUnknown(values)
          ? values.map((v) => index.target(v)).filter(Boolean)
          : [];
      }) as TemplateResource[];
      const fromTargets = windowTargets.map((wt) => patchGroupsOf(wt.get('Targets')));
      targetGroups = fromTargets.some((g) => g === undefined) ? undefined : (fromTargets.flat() as string[]);
      if (targetGroups && targetGroups.length === 0) targetGroups = undefined;
    }
    if (applies(targetGroups))
      out.push({ source: `maintenance window ${window.logicalId}`, expression: expression(window, 'Schedule') });
  }
  for (const association of index.ofType('AWS::SSM::Association')) {
    if (index.exists(association) === false || !PATCH_DOCUMENTS.includes(String(association.get('Name')))) continue;
    // Without ScheduleExpression an association runs once, at creation: not a patching schedule.
    if (association.get('ScheduleExpression') === undefined) continue;
    if (applies(patchGroupsOf(association.get('Targets'))))
      out.push({ source: `association ${association.logicalId}`, expression: expression(association, 'ScheduleExpression') });
  }
  return out;
}

/** Stands for a patch group name not known before deployment: it may be any group. */
const ANY_GROUP = '\u0000any';

function literalOrEmpty(value: unknown): string {
  const text = asString(value);
  return typeof text === 'string' ? text : ANY_GROUP;
}
