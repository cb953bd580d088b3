import { SsmPatchBaselineAutoApproval as rule } from '../../../rules/ssm/SsmPatchBaselineAutoApproval';
import { longestGapDays } from '../../../rules/ssm/schedule';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const securityRule = (days: unknown, severities: unknown[] = ['Critical', 'Important']) => ({
  ApproveAfterDays: days,
  PatchFilterGroup: {
    PatchFilters: [
      { Key: 'CLASSIFICATION', Values: ['Security'] },
      { Key: 'SEVERITY', Values: severities },
    ],
  },
});
const baseline = (rules: unknown[], extra: Record<string, unknown> = {}, props: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Baseline: {
        Type: 'AWS::SSM::PatchBaseline',
        Properties: { Name: 'b', OperatingSystem: 'AMAZON_LINUX_2023', ApprovalRules: { PatchRules: rules }, ...props },
      },
      ...extra,
    } as never,
  });
const window = (schedule: unknown) => ({
  Window: {
    Type: 'AWS::SSM::MaintenanceWindow',
    Properties: { Name: 'w', Schedule: schedule, Duration: 3, Cutoff: 1, AllowUnassociatedTargets: false },
  },
  Task: {
    Type: 'AWS::SSM::MaintenanceWindowTask',
    Properties: { WindowId: { Ref: 'Window' }, TaskArn: 'AWS-RunPatchBaseline', TaskType: 'RUN_COMMAND', Priority: 1 },
  },
});

describe('SsmPatchBaselineAutoApproval', () => {
  it('passes 7-day approval with a daily patch window', () => {
    expect(statusOf(rule, 'Baseline', baseline([securityRule(7)], window('cron(0 2 ? * * *)')))).toBe('COMPLIANT');
  });
  it('passes 3-day approval with a weekly association', () => {
    const assoc = {
      A: { Type: 'AWS::SSM::Association', Properties: { Name: 'AWS-RunPatchBaseline', ScheduleExpression: 'rate(7 days)' } },
    };
    expect(statusOf(rule, 'Baseline', baseline([securityRule(3)], assoc))).toBe('COMPLIANT');
  });
  it('fails when approval takes 14 days', () => {
    expect(resultOf(rule, 'Baseline', baseline([securityRule(14)])).message).toContain('14 days');
  });
  it('fails when Important updates are not auto-approved', () => {
    expect(statusOf(rule, 'Baseline', baseline([securityRule(7, ['Critical'])]))).toBe('NON_COMPLIANT');
  });
  it('fails when a monthly window makes the worst case longer than 14 days', () => {
    const r = resultOf(rule, 'Baseline', baseline([securityRule(7)], window('cron(0 2 ? * TUE#2 *)')));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('42 days');
  });
  it('ignores a window that patches only other patch groups', () => {
    const extra = {
      ...window('cron(0 2 1 * ? *)'),
      Task: {
        Type: 'AWS::SSM::MaintenanceWindowTask',
        Properties: {
          WindowId: { Ref: 'Window' },
          TaskArn: 'AWS-RunPatchBaseline',
          TaskType: 'RUN_COMMAND',
          Priority: 1,
          Targets: [{ Key: 'tag:Patch Group', Values: ['legacy'] }],
        },
      },
    };
    expect(statusOf(rule, 'Baseline', baseline([securityRule(7)], extra, { PatchGroups: ['web'] }))).toBe('COMPLIANT');
  });
  it('needs review when ApproveAfterDays is a parameter', () => {
    expect(statusOf(rule, 'Baseline', baseline([securityRule(PARAM)]))).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when the window schedule is a parameter', () => {
    expect(statusOf(rule, 'Baseline', baseline([securityRule(7)], window(PARAM)))).toBe('INSUFFICIENT_DATA');
  });
});

describe('longestGapDays', () => {
  it.each([
    ['rate(12 hours)', 0.5],
    ['rate(7 days)', 7],
    ['cron(0 2 ? * * *)', 1],
    ['cron(0 2 ? * SUN *)', 7],
    ['cron(0 2 ? * MON-FRI *)', 3],
    ['cron(0 2 ? * TUE#2 *)', 35],
    ['cron(0 2 1,15 * ? *)', 17],
    ['cron(0 2 1 * ? *)', 31],
    ['cron(0 2 ? 1/3 SUN *)', 93],
    ['at(2026-12-01T00:00:00)', Infinity],
  ])('%s runs at most %d days apart', (expression, days) => {
    expect(longestGapDays(expression)).toBe(days);
  });
  it('does not read what it does not understand', () => expect(longestGapDays('weekly')).toBeUndefined());
});
