import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Status of each lifecycle rule. */
  readonly ruleStatuses: unknown[] | Unknown;
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
    facts(bucket) {
      const rules = listOf(bucket.get('LifecycleConfiguration.Rules'));
      return {
        ruleStatuses: isUnknown(rules)
          ? rules
          : rules.map((r) => (isUnknown(r) ? r : (r as Record<string, unknown> | undefined)?.Status)),
      };
    },
  },
  evaluate({ ruleStatuses }) {
    if (isUnknown(ruleStatuses)) return needsReview(`the lifecycle rules are not known: ${ruleStatuses.reason}`);
    if (ruleStatuses.includes('Enabled'))
      return pass(`${ruleStatuses.filter((s) => s === 'Enabled').length} lifecycle rule(s) enabled`);
    const undecided = ruleStatuses.find(isUnknown);
    if (undecided) return needsReview(`a lifecycle rule’s status is not known: ${undecided.reason}`);
    return fail(ruleStatuses.length ? 'every lifecycle rule is disabled' : 'LifecycleConfiguration is not set');
  },
});
