import { field, listOf } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** The cache behaviours of a distribution (default first) with the origin each targets. */
export function behaviorsOf(distribution: TemplateResource): Array<{ target: unknown; viewer: unknown }> | Unknown {
  const config = distribution.get('DistributionConfig');
  if (isUnknown(config)) return config;
  const others = listOf(field(config, 'CacheBehaviors'));
  if (isUnknown(others)) return others;
  const defaultBehavior = field(config, 'DefaultCacheBehavior');
  const all = defaultBehavior === undefined ? others : [defaultBehavior, ...others];
  return all.map((b) => ({ target: field(b, 'TargetOriginId'), viewer: field(b, 'ViewerProtocolPolicy') }));
}

/** The origins of a distribution, as resolved items. */
export function originsOf(distribution: TemplateResource): unknown[] | Unknown {
  const config = distribution.get('DistributionConfig');
  if (isUnknown(config)) return config;
  return listOf(field(config, 'Origins'));
}

/** Origin ids by origin-group id, so behaviours that target a group reach its members. */
export function originGroupMembers(distribution: TemplateResource): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  const items = listOf(field(field(distribution.get('DistributionConfig'), 'OriginGroups'), 'Items'));
  if (isUnknown(items)) return groups;
  for (const g of items) {
    const id = field(g, 'Id');
    const members = listOf(field(field(g, 'Members'), 'Items'));
    if (typeof id === 'string' && !isUnknown(members))
      groups.set(
        id,
        members.map((m) => field(m, 'OriginId')),
      );
  }
  return groups;
}
