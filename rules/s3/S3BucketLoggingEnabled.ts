import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { member, supplement } from './bucket-item';

interface Facts {
  /** Whether server access logs have a destination (a reference to one counts: it is there all the same). */
  readonly logging: Tri;
}

export const S3BucketLoggingEnabled = defineRule<Facts>({
  id: 'S3BucketLoggingEnabled',
  title: 'S3 buckets record server access logs',
  description:
    'Server access logs record every request to the bucket, including anonymous and denied ones, which an investigation of a data leak needs.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'S3_BUCKET_LOGGING_ENABLED',
  remediation:
    'Set LoggingConfiguration.DestinationBucketName to a dedicated log bucket (CDK: serverAccessLogsBucket); for the log bucket itself, record S3 data events with CloudTrail and acknowledge this finding.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket) {
      const config = bucket.get('LoggingConfiguration');
      return { logging: isUnknown(config) ? config : isSet(config) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({
      logging: isSet(member(supplement(bucket, 'BucketLoggingConfiguration'), 'destinationBucketName')),
    }),
  },
  evaluate({ logging }) {
    if (isUnknown(logging)) return needsReview(`server access logging is not known: ${logging.reason}`);
    return logging
      ? pass('server access logging is configured')
      : fail('server access logging is off, so requests to the bucket are not logged');
  },
});
