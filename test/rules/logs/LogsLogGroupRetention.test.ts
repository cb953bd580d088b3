import { LogsLogGroupRetention as rule } from '../../../rules/logs/LogsLogGroupRetention';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const group = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Logs: { Type: 'AWS::Logs::LogGroup', Properties: props } } });

describe('LogsLogGroupRetention', () => {
  it('passes with two years', () => expect(statusOf(rule, 'Logs', group({ RetentionInDays: 731 }))).toBe('COMPLIANT'));
  it('passes with a year given as a string', () =>
    expect(statusOf(rule, 'Logs', group({ RetentionInDays: '365' }))).toBe('COMPLIANT'));
  it('fails when retention is not set, so logs never expire', () => {
    const r = resultOf(rule, 'Logs', group({}));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('kept forever');
  });
  it('fails when retention is under a year', () =>
    expect(statusOf(rule, 'Logs', group({ RetentionInDays: 7 }))).toBe('NON_COMPLIANT'));
  it('fails when retention is not a value CloudWatch accepts', () =>
    expect(statusOf(rule, 'Logs', group({ RetentionInDays: 8675309 }))).toBe('NON_COMPLIANT'));
  it('needs review when retention is a parameter', () =>
    expect(statusOf(rule, 'Logs', group({ RetentionInDays: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
