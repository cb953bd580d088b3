import { OpenSearchDomainAuditLogging as rule } from '../../../rules/opensearch/OpenSearchDomainAuditLogging';
import { PARAM, statusOf } from '../harness';
import { OPENSEARCH, domain } from './domain';

const audit = (option: unknown) => domain(OPENSEARCH, { LogPublishingOptions: { AUDIT_LOGS: option } });

describe('OpenSearchDomainAuditLogging', () => {
  it('passes when audit logs go to a log group', () => {
    expect(statusOf(rule, 'Domain', audit({ Enabled: true, CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['Logs', 'Arn'] } }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails when audit logs are missing', () => expect(statusOf(rule, 'Domain', domain(OPENSEARCH, {}))).toBe('NON_COMPLIANT'));
  it('fails when audit logs are enabled without a log group', () =>
    expect(statusOf(rule, 'Domain', audit({ Enabled: true }))).toBe('NON_COMPLIANT'));
  it('fails when the log group ARN is not a string', () =>
    expect(statusOf(rule, 'Domain', audit({ Enabled: true, CloudWatchLogsLogGroupArn: 123 }))).toBe('NON_COMPLIANT'));
  it('fails when audit logs are disabled', () =>
    expect(statusOf(rule, 'Domain', audit({ Enabled: false, CloudWatchLogsLogGroupArn: 'arn:x' }))).toBe('NON_COMPLIANT'));
  it('needs review when Enabled is a parameter', () =>
    expect(statusOf(rule, 'Domain', audit({ Enabled: PARAM, CloudWatchLogsLogGroupArn: 'arn:x' }))).toBe('INSUFFICIENT_DATA'));
});
