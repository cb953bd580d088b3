import { RedshiftClusterAuditLogging as rule } from '../../../rules/redshift/RedshiftClusterAuditLogging';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

describe('RedshiftClusterAuditLogging', () => {
  it('passes with logs to S3', () =>
    expect(statusOf(rule, 'Cluster', cluster({ LoggingProperties: { BucketName: 'audit-logs' } }))).toBe('COMPLIANT'));
  it('passes with logs to CloudWatch', () => {
    expect(
      statusOf(
        rule,
        'Cluster',
        cluster({
          LoggingProperties: { LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] },
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when LoggingProperties is missing', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('needs review when the destination type is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ LoggingProperties: { LogDestinationType: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});
