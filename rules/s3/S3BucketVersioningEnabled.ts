import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { member, supplement } from './bucket-item';

interface Facts {
  /** `Enabled`, `Suspended`, or (as Config records a bucket that never had it) `Off`; undefined when not written. */
  readonly status: Maybe<string>;
}

export const S3BucketVersioningEnabled = defineRule<Facts>({
  id: 'S3BucketVersioningEnabled',
  title: 'S3 buckets keep object versions',
  description:
    'Versioning keeps every overwritten or deleted object recoverable, which is the bucket’s defence against mistakes and ransomware that overwrites data.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'S3_BUCKET_VERSIONING_ENABLED',
  remediation:
    'Set VersioningConfiguration.Status: Enabled, with a lifecycle rule to expire old versions (CDK: versioned: true).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ status: asString(bucket.get('VersioningConfiguration.Status')) }),
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => {
      const config = supplement(bucket, 'BucketVersioningConfiguration');
      return { status: isUnknown(config) ? config : asString(member(config, 'status')) };
    },
  },
  evaluate({ status }) {
    if (isUnknown(status)) return needsReview(`the versioning status is not known: ${status.reason}`);
    if (status === 'Enabled') return pass('versioning is enabled');
    return fail(
      status === undefined || status === 'Off' ? 'versioning has never been enabled' : `versioning is ${status.toLowerCase()}`,
    );
  },
});
