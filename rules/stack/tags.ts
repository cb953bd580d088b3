import { TemplateAdapter, Verdict, needsReview, notApplicable } from '../../lib/engine/rule';
import { STACK_TYPE } from '../../lib/engine/template-index';

/** What the stack-tag rules read. */
export interface StackTagFacts {
  readonly nested: boolean;
  /** Stack tags, undefined when the input does not record them (a bare template). */
  readonly tags?: Readonly<Record<string, string>>;
}

/** The stack's tags, as the cloud assembly records them. */
export const STACK_TAGS: TemplateAdapter<StackTagFacts> = {
  resourceTypes: [STACK_TYPE],
  facts(stack) {
    const tags = stack.get('Tags');
    return {
      nested: stack.get('Nested') === true,
      ...(tags && typeof tags === 'object' ? { tags: tags as Record<string, string> } : {}),
    };
  },
};

/** The verdict before any tag is read: a nested stack inherits its parent's tags, and a bare template records none. */
export function untagged({ nested, tags }: StackTagFacts): Verdict | undefined {
  if (nested) return notApplicable('nested stacks inherit their parent’s tags');
  if (!tags)
    return needsReview(
      'stack tags are not recorded with this template; check them in the CDK cloud assembly (synthesise and scan cdk.out)',
    );
  return undefined;
}

/** A tag key reduced for matching: `Data-Classification`, `data_classification` and `DataClassification` are one key. */
export const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The value of the first tag whose key matches one of `keys` (normalised), if it is non-empty. */
export function tagValue(tags: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(tags)) {
    if (keys.includes(normaliseKey(k)) && typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}
