import { defineRule, fail, pass } from '../../lib/engine/rule';
import { STACK_TAGS, StackTagFacts, tagValue, untagged } from './tags';

export const DPIA_KEYS = ['dpia', 'dpiareference', 'dpiaref'];

export const StackDpiaReferenced = defineRule<StackTagFacts>({
  id: 'StackDpiaReferenced',
  title: 'Stacks reference their data protection impact assessment',
  description:
    'Internet First and UK GDPR require a DPIA before a service processing personal data goes live; a dpia tag ties the deployed stack to that assessment as evidence.',
  severity: 'warning',
  controls: { ncscCsp: ['4'], tenSteps: ['risk-management'], internetFirst: ['IF-3'] },
  remediation:
    "Tag the stack with the DPIA reference (CDK: Tags.of(stack).add('dpia', 'DPIA-2026-014')), or 'not-required' with the screening outcome.",
  template: STACK_TAGS,
  evaluate(facts) {
    const early = untagged(facts);
    if (early) return early;
    const tags = facts.tags!;
    const dpia = tagValue(tags, DPIA_KEYS);
    return dpia ? pass(`DPIA reference ${dpia}`) : fail('stack tags carry no dpia reference');
  },
});
