import { defineRule, fail, pass } from '../../lib/engine/rule';
import { STACK_TAGS, StackTagFacts, tagValue, untagged } from './tags';

/** Accepted keys (normalised) for the information asset owner and the data classification. */
export const OWNER_KEYS = ['owner', 'informationassetowner', 'iao', 'assetowner'];
export const CLASSIFICATION_KEYS = ['dataclassification', 'classification', 'datasensitivity', 'containspatientdata'];

export const StackOwnershipTagged = defineRule<StackTagFacts>({
  id: 'StackOwnershipTagged',
  title: 'Stacks name their owner and data classification',
  description:
    'Every information asset needs a named owner and a classification (does it hold patient data?) so that risk, incidents and retention have someone accountable; stack tags propagate to every resource.',
  severity: 'warning',
  controls: { ncscCsp: ['2', '4'], tenSteps: ['asset-management', 'risk-management'] },
  remediation:
    "Tag the stack with owner and data-classification (CDK: Tags.of(stack).add('owner', 'team@nhs.net'); Tags.of(stack).add('data-classification', 'official-sensitive')).",
  template: STACK_TAGS,
  evaluate(facts) {
    const early = untagged(facts);
    if (early) return early;
    const tags = facts.tags!;
    const missing = [
      ...(tagValue(tags, OWNER_KEYS) ? [] : ['owner']),
      ...(tagValue(tags, CLASSIFICATION_KEYS) ? [] : ['data-classification']),
    ];
    if (missing.length) return fail(`stack tags lack ${missing.join(' and ')}`);
    return pass('the stack names its owner and data classification');
  },
});
