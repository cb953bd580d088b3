import { Maybe, asBoolean, asNumber, asString, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { PLAN_RULES, ReadField, itemField, templateField } from './plan';

/** RES-02 defaults, as AWS Config's rule: at least one recovery point a day, each kept 35 days. */
export const MAX_INTERVAL_HOURS = 24;
export const MIN_RETENTION_DAYS = 35;

interface PlanRule {
  readonly name: string;
  /** Hours between recovery points, from the schedule; 0 for continuous backup. */
  readonly intervalHours: number | Unknown;
  /** DeleteAfterDays; undefined when recovery points are kept until deleted by hand. */
  readonly retentionDays: Maybe<number>;
}

interface Facts {
  readonly rules: PlanRule[] | Unknown;
}

export const BackupPlanMinFrequencyAndRetention = defineRule<Facts>({
  id: 'BackupPlanMinFrequencyAndRetention',
  title: `Backup plans take a recovery point at least daily and keep it at least ${MIN_RETENTION_DAYS} days`,
  description:
    'Infrequent backups lose a day or more of data; short retention means ransomware or corruption noticed after a few weeks has already reached every recovery point.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK',
  remediation: `Give the plan a rule scheduled at least daily (cron(0 5 ? * * *)) with Lifecycle.DeleteAfterDays of ${MIN_RETENTION_DAYS} or more (CDK: BackupPlanRule.daily() with deleteAfter: Duration.days(${MIN_RETENTION_DAYS})).`,
  template: {
    resourceTypes: ['AWS::Backup::BackupPlan'],
    facts: (plan) => ({ rules: planRulesOf(plan.get(PLAN_RULES), templateField) }),
  },
  configItem: {
    resourceTypes: ['AWS::Backup::BackupPlan'],
    facts: (plan) => ({ rules: planRulesOf(recorded(plan.configuration, PLAN_RULES), itemField) }),
  },
  evaluate({ rules }) {
    if (isUnknown(rules)) return needsReview(`the plan’s rules are not known: ${rules.reason}`);
    const good = rules.find(
      (r) =>
        typeof r.intervalHours === 'number' &&
        r.intervalHours <= MAX_INTERVAL_HOURS &&
        (r.retentionDays === undefined || (typeof r.retentionDays === 'number' && r.retentionDays >= MIN_RETENTION_DAYS)),
    );
    // One good rule decides, whatever the others are.
    if (good)
      return pass(
        `${good.name} backs up at least daily and keeps recovery points ${good.retentionDays === undefined ? 'until deleted' : `${good.retentionDays} days`}`,
        unknownsIn(rules),
      );
    const undecided = rules.map((r) => [r.intervalHours, r.retentionDays].find(isUnknown)).find(Boolean) as Unknown | undefined;
    if (undecided) return needsReview(`a rule’s schedule or retention is not known: ${undecided.reason}`);
    if (rules.length === 0) return fail('the plan has no rules');
    const problems = rules.map((r) => {
      const issues: string[] = [];
      if (typeof r.intervalHours === 'number' && r.intervalHours > MAX_INTERVAL_HOURS) issues.push('runs less than daily');
      if (typeof r.retentionDays === 'number' && r.retentionDays < MIN_RETENTION_DAYS)
        issues.push(`keeps ${r.retentionDays} days`);
      return `${r.name} ${issues.join(' and ')}`;
    });
    return fail(`no rule is both daily and kept ${MIN_RETENTION_DAYS} days: ${problems.join('; ')}`);
  },
});

function planRulesOf(value: unknown, read: ReadField): PlanRule[] | Unknown {
  const rules = listOf(value);
  if (isUnknown(rules)) return rules;
  return rules.map((rule, i): PlanRule => {
    const ruleName = asString(read(rule, 'RuleName'));
    return {
      name: typeof ruleName === 'string' ? ruleName : `rule ${i + 1}`,
      intervalHours: intervalOfRule(rule, read),
      retentionDays: asNumber(read(rule, 'Lifecycle.DeleteAfterDays')),
    };
  });
}

/** 0 for continuous backup, else the schedule's interval; continuous backup can only shorten it, so a daily schedule decides alone. */
function intervalOfRule(rule: unknown, read: ReadField): number | Unknown {
  const continuous = asBoolean(read(rule, 'EnableContinuousBackup'));
  if (continuous === true) return 0;
  const scheduled = intervalOf(read(rule, 'ScheduleExpression'));
  const daily = typeof scheduled === 'number' && scheduled <= MAX_INTERVAL_HOURS;
  return isUnknown(continuous) && !daily ? continuous : scheduled;
}

/**
 * Hours between runs of a Backup schedule expression. AWS Backup's default
 * schedule (no expression) is daily at 05:00 UTC.
 */
export function intervalOf(expression: unknown): number | Unknown {
  const e = asString(expression);
  if (e === undefined) return 24;
  if (isUnknown(e)) return e;
  const rate = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/i.exec(e.trim());
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2].toLowerCase();
    return unit.startsWith('minute') ? n / 60 : unit.startsWith('hour') ? n : n * 24;
  }
  const cron = /^cron\((.+)\)$/i.exec(e.trim());
  if (!cron) return new Unknown(`ScheduleExpression ${e} is not a cron or rate expression`);
  const [minutes, hours, dayOfMonth, , dayOfWeek] = cron[1].trim().split(/\s+/);
  const every = (field: string | undefined) => field === undefined || field === '*' || field === '?';
  if (every(dayOfMonth) && every(dayOfWeek)) {
    if (every(hours) || /[/,-]/.test(hours ?? '')) return 1;
    return every(minutes) || /[/,-]/.test(minutes ?? '') ? 1 : 24;
  }
  // Specific days of the week or month: weekly at best, unless every day is listed.
  const days = !every(dayOfWeek) ? dayOfWeek : dayOfMonth;
  return /^(1-7|SUN-SAT|MON-SUN|1-31|L)$/i.test(days ?? '') ? 24 : 24 * 7;
}
