import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { tagValue } from './tags';

interface Facts {
  readonly nested: boolean;
  readonly tags?: Readonly<Record<string, string>>;
}

export const DPIA_KEYS = ['dpia', 'dpiareference', 'dpiaref'];

export const StackDpiaReferenced = defineRule<Facts>({
  id: 'StackDpiaReferenced',
  title: 'Stacks reference their data protection impact assessment',
  description:
    'Internet First and UK GDPR require a DPIA before a service processing personal data goes live; a dpia tag ties the deployed stack to that assessment as evidence.',
  severity: 'warning',
  controls: { ncscCsp: ['4'], tenSteps: ['risk-management'], internetFirst: ['IF-3'] },
  remediation:
    "Tag the stack with the DPIA reference (CDK: Tags.of(stack).add('dpia', 'DPIA-2026-014')), or 'not-required' with the screening outcome.",
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
    const dpia = tagValue(tags, DPIA_KEYS);
    return dpia ? pass(`DPIA reference ${dpia}`) : fail('stack tags carry no dpia reference');
  },
});
