import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { rulesOf, supplement } from './bucket-item';

interface Facts {
  /** Status of each lifecycle rule (`Enabled` or `Disabled`); empty when the bucket has none. */
  readonly ruleStatuses: Maybe<string>[] | Unknown;
}

export const S3BucketLifecyclePolicy = defineRule<Facts>({
  id: 'S3BucketLifecyclePolicy',
  title: 'S3 buckets have a lifecycle policy',
  description:
    'Data kept beyond its retention period is still personal data to protect, disclose and delete on request; a lifecycle policy applies the records retention schedule automatically.',
  severity: 'warning',
  controls: { ncscCsp: ['2.4'], tenSteps: ['data-security'] },
  configRule: 'S3_LIFECYCLE_POLICY_CHECK',
  remediation:
    'Add LifecycleConfiguration.Rules with Status: Enabled that expire objects (and noncurrent versions) per the retention schedule (CDK: lifecycleRules).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ ruleStatuses: statuses(listOf(bucket.get('LifecycleConfiguration.Rules')), 'Status') }),
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ ruleStatuses: statuses(rulesOf(supplement(bucket, 'BucketLifecycleConfiguration')), 'status') }),
  },
  evaluate({ ruleStatuses }) {
    if (isUnknown(ruleStatuses)) return needsReview(`the lifecycle rules are not known: ${ruleStatuses.reason}`);
    const enabled = ruleStatuses.filter((s) => typeof s === 'string' && s.toLowerCase() === 'enabled');
    if (enabled.length) return pass(`${enabled.length} lifecycle rule(s) enabled`, ruleStatuses.filter(isUnknown));
    const undecided = ruleStatuses.find(isUnknown);
    if (undecided) return needsReview(`a lifecycle rule’s status is not known: ${undecided.reason}`);
    return fail(ruleStatuses.length ? 'every lifecycle rule is disabled' : 'the bucket has no lifecycle rules');
  },
});

function statuses(rules: unknown[] | Unknown, key: string): Maybe<string>[] | Unknown {
  return isUnknown(rules) ? rules : rules.map((r) => asString(field(r, key)));
}
