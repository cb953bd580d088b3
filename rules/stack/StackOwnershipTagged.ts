import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { tagValue } from './tags';

interface Facts {
  readonly nested: boolean;
  /** Stack tags, undefined when the input does not record them (a bare template). */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Accepted keys (normalised) for the information asset owner and the data classification. */
export const OWNER_KEYS = ['owner', 'informationassetowner', 'iao', 'assetowner'];
export const CLASSIFICATION_KEYS = ['dataclassification', 'classification', 'datasensitivity', 'containspatientdata'];

export const StackOwnershipTagged = defineRule<Facts>({
  id: 'StackOwnershipTagged',
  title: 'Stacks name their owner and data classification',
  description:
    'Every information asset needs a named owner and a classification (does it hold patient data?) so that risk, incidents and retention have someone accountable; stack tags propagate to every resource.',
  severity: 'warning',
  controls: { ncscCsp: ['2', '4'], tenSteps: ['asset-management', 'risk-management'] },
  remediation:
    "Tag the stack with owner and data-classification (CDK: Tags.of(stack).add('owner', 'team@nhs.net'); Tags.of(stack).add('data-classification', 'official-sensitive')).",
  template: {
    resourceTypes: ['Palisade::Stack'],
    facts(stack) {
      const tags = stack.get('Tags');
      return {
        nested: stack.get('Nested') === true,
        ...(tags && typeof tags === 'object' ? { tags: tags as Record<string, string> } : {}),
      };
    },
  },
  evaluate({ nested, tags }) {
    if (nested) return notApplicable('nested stacks inherit their parent’s tags');
    if (!tags)
      return needsReview(
        'stack tags are not recorded with this template; check them in the CDK cloud assembly (synthesise and scan cdk.out)',
      );
    const missing = [
      ...(tagValue(tags, OWNER_KEYS) ? [] : ['owner']),
      ...(tagValue(tags, CLASSIFICATION_KEYS) ? [] : ['data-classification']),
    ];
    if (missing.length) return fail(`stack tags lack ${missing.join(' and ')}`);
    return pass('the stack names its owner and data classification');
  },
});
