import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly bucket: Tri;
  readonly destinationType: unknown;
}

export const RedshiftClusterAuditLogging = defineRule<Facts>({
  id: 'RedshiftClusterAuditLogging',
  title: 'Redshift clusters write audit logs',
  description:
    'Connection, user and user-activity logs are the record of who queried the warehouse; without them a data breach cannot be scoped.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'REDSHIFT_AUDIT_LOGGING_ENABLED',
  remediation:
    'Set LoggingProperties { LogDestinationType: cloudwatch, LogExports: [connectionlog, userlog, useractivitylog] } or { BucketName } (CDK: loggingProperties), and enable_user_activity_logging in the parameter group.',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({
      bucket: isSet(cluster.get('LoggingProperties.BucketName')),
      destinationType: cluster.get('LoggingProperties.LogDestinationType'),
    }),
  },
  evaluate({ bucket, destinationType }) {
    if (isUnknown(destinationType)) return needsReview(`LogDestinationType is not known: ${destinationType.reason}`);
    if (destinationType === 'cloudwatch') return pass('audit logs are delivered to CloudWatch Logs');
    if (isUnknown(bucket)) return needsReview(`LoggingProperties.BucketName is not known: ${bucket.reason}`);
    return bucket
      ? pass('audit logs are delivered to S3')
      : fail('LoggingProperties names no bucket or CloudWatch destination, so audit logging is off');
  },
});
