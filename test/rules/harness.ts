import { ConfigItem, ConfigScope, declaredOnly } from '../../lib/engine/config-item';
import { evaluate } from '../../lib/engine/evaluate';
import { Finding, RawResource, Status, Template } from '../../lib/engine/model';
import { Rule, decide } from '../../lib/engine/rule';
import { parseTemplate } from '../../lib/sources/template/parse';

/** A template from a fragment: `{ Resources: {...}, Parameters?, Conditions? }` or just the resources. */
export function template(
  fragment: { Resources: Record<string, RawResource>; [k: string]: unknown } | Record<string, RawResource>,
  options: { stack?: string; region?: string; account?: string } = {},
): Template {
  const body =
    'Resources' in fragment && typeof fragment.Resources === 'object' && !('Type' in fragment.Resources)
      ? fragment
      : { Resources: fragment };
  return parseTemplate(JSON.stringify(body), 'test.template.json', { stack: options.stack ?? 'Test', ...options });
}

/** Every result of one rule over the given templates. */
export function run(rule: Rule, ...templates: Template[]): Finding[] {
  return evaluate([rule], templates).filter((f) => f.ruleId === rule.id);
}

/** The status the rule gives one resource (by logical id). Throws when the rule did not evaluate it. */
export function statusOf(rule: Rule, logicalId: string, ...templates: Template[]): Status {
  return resultOf(rule, logicalId, ...templates).status;
}

export function resultOf(rule: Rule, logicalId: string, ...templates: Template[]): Finding {
  const found = run(rule, ...templates).filter((f) => f.resource.logicalId === logicalId);
  if (found.length !== 1) throw new Error(`${rule.id} evaluated ${logicalId} ${found.length} times`);
  return found[0];
}

/** A parameter reference, for undecidable cases: its value is not known until deployment. */
export const PARAM = { Ref: 'Input' };
export const PARAMETERS = { Input: { Type: 'String' } };

/** The verdict a rule gives on facts directly, through the one `decide` every source uses: for decision tables. */
export function decideOn<F>(rule: Rule<F>, facts: F): Status {
  return decide(rule, () => facts).status;
}

/** A normalised configuration item for adapter tests (the shape lib/sources/config produces). */
export function configItem(
  resourceType: string,
  configuration: Record<string, unknown>,
  extra: Partial<Omit<ConfigItem, 'resourceType' | 'configuration'>> = {},
): ConfigItem {
  return {
    resourceType,
    resourceId: extra.resourceId ?? 'id-1',
    accountId: extra.accountId ?? '111122223333',
    awsRegion: extra.awsRegion ?? 'eu-west-2',
    status: extra.status ?? 'OK',
    configuration,
    supplementaryConfiguration: extra.supplementaryConfiguration ?? {},
    tags: extra.tags ?? {},
    relationships: extra.relationships ?? [],
    ...extra,
  };
}

/** An account-region holding the given items, every type recorded unless `recorded` says otherwise. */
export function itemScope(items: readonly ConfigItem[], recorded?: readonly string[]): ConfigScope {
  const first = items[0];
  return {
    accountId: first?.accountId ?? '111122223333',
    region: first?.awsRegion ?? 'eu-west-2',
    ofType: (type) => items.filter((i) => i.resourceType === type),
    get: (type, idOrName) =>
      items.find((i) => i.resourceType === type && (i.resourceId === idOrName || i.resourceName === idOrName)),
    records: (type) => recorded === undefined || recorded.includes(type),
  };
}

/** The status a rule gives one configuration item, through its configItem adapter and `decide`; `recorded` limits the types the account-region records. */
export function statusOfItem(
  rule: Rule,
  item: ConfigItem,
  others: readonly ConfigItem[] = [],
  recorded?: readonly string[],
): Status {
  const adapter = rule.adapters.configItem;
  if (!adapter) throw new Error(`${rule.id} has no configItem adapter`);
  if (!adapter.resourceTypes.includes(item.resourceType)) throw new Error(`${rule.id} does not read ${item.resourceType}`);
  // decide() turns a throw into INSUFFICIENT_DATA, so an undeclared lookup is raised after it
  const undeclared = new Set<string>();
  const scope = declaredOnly(itemScope([item, ...others], recorded), adapter.looksUp ?? [], (type) => undeclared.add(type));
  const { status } = decide(rule, () => adapter.facts(item, scope));
  if (undeclared.size) throw new Error(`${rule.id} looks up ${[...undeclared].join(', ')} without declaring it in looksUp`);
  return status;
}
