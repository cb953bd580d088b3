import { ConfigItem } from '../engine/config-item';
import { cloudFormationTags, DeclaredResource, DeclaredStacks, recordedType } from './declared';

/** Why an item belongs to no resource of the checked stacks. */
export type Unclaimed = 'untagged' | 'other-stack' | 'undeclared';

export interface Matching {
  /** Items that are a declared resource of a checked stack. */
  readonly matched: Map<ConfigItem, DeclaredResource>;
  /** Items no checked stack declares, and why. */
  readonly unclaimed: Map<ConfigItem, Unclaimed>;
  /** Items a checked stack created through another resource (instances of its Auto Scaling group): managed, not compared. */
  readonly indirect: number;
  /** Items in nested stacks of a checked stack. */
  readonly nested: number;
}

/**
 * Matches deployed items to declared resources by the tags CloudFormation puts
 * on what it creates (stack name or stack id, and logical id); an item without
 * them matches by the physical name its template gives it, or CloudFormation
 * generated for it, when exactly one declared resource of its type has that name.
 */
export function matchItems(items: readonly ConfigItem[], declared: DeclaredStacks): Matching {
  const matched = new Map<ConfigItem, DeclaredResource>();
  const unclaimed = new Map<ConfigItem, Unclaimed>();
  let indirect = 0;
  let nested = 0;
  for (const item of items) {
    const { stack, logicalId } = cloudFormationTags(item);
    if (stack === undefined) {
      const named = declared.byPhysicalName(item);
      if (named.length === 1) matched.set(item, named[0]);
      else unclaimed.set(item, 'untagged');
      continue;
    }
    const templates = declared.stack(stack, item);
    if (templates.length === 0) {
      if (declared.isNested(stack)) nested++;
      else unclaimed.set(item, 'other-stack');
      continue;
    }
    const template = templates.find((t) => logicalId !== undefined && Object.hasOwn(t.body.Resources, logicalId));
    if (!template) {
      unclaimed.set(item, 'undeclared');
      continue;
    }
    const raw = template.body.Resources[logicalId!];
    if (recordedType(raw.Type) === item.resourceType) matched.set(item, { template, logicalId: logicalId!, raw });
    else indirect++;
  }
  return { matched, unclaimed, indirect, nested };
}
