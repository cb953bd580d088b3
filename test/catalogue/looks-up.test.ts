import { join } from 'path';
import { ConfigItem, declaredOnly, keeperOf, lookupType } from '../../lib/engine/config-item';
import { decide } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { readSnapshots } from '../../lib/sources/config';
import { CATALOGUE } from '../../rules/catalogue';
import { corpusItems } from '../rules/corpus-items';
import { configItem, itemScope } from '../rules/harness';

/**
 * A scan keeps only the items of types the adapters declare in `looksUp`, so an
 * undeclared lookup would silently leave results undecided. Every adapter runs
 * here on the deployed reference environment and the corpus's real items, in a
 * scope holding all of them, and every type it looks up must be declared.
 */
let items: ConfigItem[] = [];

beforeAll(async () => {
  for await (const item of readSnapshots([join(__dirname, '../../examples/snapshot')]).items) items.push(item);
  const types = new Set(CATALOGUE.flatMap((r) => r.adapters.configItem?.resourceTypes ?? []));
  for (const type of types) items.push(...corpusItems(type).map((c) => c.item));
});

const adapted = CATALOGUE.filter((r) => r.adapters.configItem);

it.each(adapted.map((r) => [r.id, r] as const))('%s declares every type it looks up', (_, rule) => {
  const adapter = rule.adapters.configItem!;
  const undeclared = new Set<string>();
  const account = items[0];
  const own = adapter.resourceTypes.includes(ACCOUNT_TYPE)
    ? [
        configItem(
          ACCOUNT_TYPE,
          {},
          { resourceId: account.accountId, accountId: account.accountId, awsRegion: account.awsRegion },
        ),
      ]
    : items.filter((i) => adapter.resourceTypes.includes(i.resourceType));
  for (const item of own) {
    const scope = declaredOnly(
      itemScope(items.filter((i) => i.accountId === item.accountId && i.awsRegion === item.awsRegion)),
      adapter.looksUp ?? [],
      (type) => undeclared.add(type),
    );
    try {
      adapter.facts(item, scope);
    } catch {
      // a throw is decide()'s business; only the lookups made before it matter here
    }
  }
  expect([...undeclared]).toEqual([]);
});

/**
 * A scan keeps of each looked-up item only what the lookup's `keep` says; the
 * verdicts must not notice: the same as when every item is kept whole.
 */
it.each(adapted.filter((r) => r.adapters.configItem!.looksUp?.some((l) => typeof l !== 'string')).map((r) => [r.id, r] as const))(
  '%s decides the same on the items it keeps as on whole items',
  (_, rule) => {
    const adapter = rule.adapters.configItem!;
    const keepers = new Map(adapter.looksUp!.map((l) => [lookupType(l), keeperOf([l])]));
    const kept = items.flatMap((i) => {
      const keep = keepers.get(i.resourceType);
      const k = keep ? keep(i) : i;
      return k ? [k] : [];
    });
    const own = items.filter((i) => adapter.resourceTypes.includes(i.resourceType));
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) {
      const scoped = (all: ConfigItem[]) =>
        itemScope(all.filter((i) => i.accountId === item.accountId && i.awsRegion === item.awsRegion));
      expect(decide(rule, () => adapter.facts(item, scoped(kept)))).toEqual(
        decide(rule, () => adapter.facts(item, scoped(items))),
      );
    }
  },
);

it('the check can fail: an adapter that looks up an undeclared type is caught', () => {
  const undeclared: string[] = [];
  const scope = declaredOnly(itemScope(items), [], (type) => undeclared.push(type));
  scope.ofType('AWS::KMS::Key');
  expect(undeclared).toEqual(['AWS::KMS::Key']);
});
