import { Maybe, Tri, asBoolean, asString, field, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether audit logs are delivered to an S3 bucket. */
  readonly bucket: Tri;
  /** Where else they are delivered: `cloudwatch` or `s3`. */
  readonly destinationType: Maybe<string>;
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
      destinationType: asString(cluster.get('LoggingProperties.LogDestinationType')),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ supplementaryConfiguration: s }) => {
      const status = s.LoggingStatus;
      if (status === undefined) {
        const u = new Unknown('the configuration item does not record the logging status');
        return { bucket: u, destinationType: u };
      }
      const enabled = asBoolean(field(status, 'loggingEnabled'));
      if (enabled !== true) return { bucket: enabled ?? false, destinationType: undefined };
      const bucket = isSet(field(status, 'bucketName'));
      const destinationType = asString(field(status, 'logDestinationType'));
      return {
        bucket,
        destinationType:
          bucket === false && destinationType === undefined
            ? new Unknown('logging is on, but the item does not record where it is delivered')
            : destinationType,
      };
    },
  },
  evaluate({ bucket, destinationType }) {
    if (isUnknown(destinationType)) return needsReview(`where audit logs are delivered is not known: ${destinationType.reason}`);
    if (destinationType === 'cloudwatch')
      return pass('audit logs are delivered to CloudWatch Logs', isUnknown(bucket) ? [bucket] : []);
    if (isUnknown(bucket)) return needsReview(`the audit log bucket is not known: ${bucket.reason}`);
    return bucket
      ? pass('audit logs are delivered to S3')
      : fail('audit logs are delivered to no bucket and not to CloudWatch Logs, so audit logging is off');
  },
});
