import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { logSourcesOf } from './bucket';

interface Facts {
  readonly objectLock: Maybe<boolean>;
  /** Logical ids of the resources that deliver logs into this bucket. */
  readonly logSources: string[];
}

export const S3LogBucketObjectLock = defineRule<Facts>({
  id: 'S3LogBucketObjectLock',
  title: 'S3 buckets that receive logs have Object Lock',
  description:
    'Audit logs are evidence only if an intruder with write access cannot delete or rewrite them; Object Lock makes log objects immutable for their retention period.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1', '2.5'], tenSteps: ['logging-and-monitoring', 'data-security'] },
  // Mirrors S3_BUCKET_DEFAULT_LOCK_ENABLED only for log buckets, so it does not claim the managed rule, which applies to every bucket.
  remediation:
    'Create the log bucket with ObjectLockEnabled: true and ObjectLockConfiguration.Rule.DefaultRetention (COMPLIANCE mode for evidence) (CDK: objectLockEnabled: true, objectLockDefaultRetention).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket, { index }) {
      const logSources = logSourcesOf(bucket, index);
      const objectLock = asBoolean(bucket.get('ObjectLockEnabled'));
      // An undecidable lock matters only on a bucket that receives logs.
      return { objectLock: logSources.length === 0 && isUnknown(objectLock) ? undefined : objectLock, logSources };
    },
  },
  evaluate({ objectLock, logSources }) {
    if (objectLock === true) return pass('Object Lock is enabled');
    if (logSources.length === 0) return notApplicable('no log delivery into this bucket is declared in the templates');
    if (isUnknown(objectLock)) return needsReview(`whether Object Lock is enabled is not known: ${objectLock.reason}`);
    return fail(`the bucket receives logs from ${logSources.join(', ')} but Object Lock is not enabled`);
  },
});
