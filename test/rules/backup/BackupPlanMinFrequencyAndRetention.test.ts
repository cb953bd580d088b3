import { BackupPlanMinFrequencyAndRetention as rule, intervalOf } from '../../../rules/backup/BackupPlanMinFrequencyAndRetention';
import { PARAM, statusOf } from '../harness';
import { planTemplate } from './items';

const plan = planTemplate;

describe('BackupPlanMinFrequencyAndRetention', () => {
  it('passes a daily rule kept 35 days', () => {
    expect(statusOf(rule, 'P', plan({ ScheduleExpression: 'cron(0 5 ? * * *)', Lifecycle: { DeleteAfterDays: 35 } }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes a rule with the default schedule and no expiry', () => expect(statusOf(rule, 'P', plan({}))).toBe('COMPLIANT'));
  it('passes when one of several rules meets both', () => {
    const t = plan(
      { ScheduleExpression: 'cron(0 5 ? * SUN *)', Lifecycle: { DeleteAfterDays: 365 } },
      { ScheduleExpression: 'rate(12 hours)', Lifecycle: { DeleteAfterDays: '35' } },
    );
    expect(statusOf(rule, 'P', t)).toBe('COMPLIANT');
  });
  it('passes continuous backup kept 35 days', () => {
    expect(
      statusOf(
        rule,
        'P',
        plan({ ScheduleExpression: 'cron(0 5 ? * SUN *)', EnableContinuousBackup: true, Lifecycle: { DeleteAfterDays: 35 } }),
      ),
    ).toBe('COMPLIANT');
  });

  it('fails a weekly rule', () =>
    expect(statusOf(rule, 'P', plan({ ScheduleExpression: 'cron(0 5 ? * MON *)', Lifecycle: { DeleteAfterDays: 35 } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('fails a daily rule kept 7 days', () =>
    expect(statusOf(rule, 'P', plan({ ScheduleExpression: 'cron(0 5 ? * * *)', Lifecycle: { DeleteAfterDays: 7 } }))).toBe(
      'NON_COMPLIANT',
    ));

  it('needs review when the retention is a parameter', () =>
    expect(statusOf(rule, 'P', plan({ Lifecycle: { DeleteAfterDays: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});

describe('intervalOf', () => {
  it.each([
    [undefined, 24],
    ['cron(0 5 ? * * *)', 24],
    ['cron(0 */4 ? * * *)', 1],
    ['cron(0 5 1 * ? *)', 168],
    ['rate(1 day)', 24],
    ['rate(30 minutes)', 0.5],
  ])('reads %s as every %d hours', (expression, hours) => expect(intervalOf(expression)).toBe(hours));
});
