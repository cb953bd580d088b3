import { readFileSync } from 'fs';
import { join } from 'path';
import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Rule } from '../../lib/engine/rule';
import { itemScope } from './harness';

/*
 * Which property paths a rule's configItem adapter reads, for checking them against
 * AWS Config's resource schema: the item and every item of its scan are wrapped in
 * recording proxies. Paths are written as the schema writes them: dotted, list
 * positions left out (`configuration.containerDefinitions.privileged`).
 */

/** Paths read, by resource type (an adapter may read other items of its scan). */
export type ReadPaths = Map<string, Set<string>>;

const ROOTS = ['configuration', 'supplementaryConfiguration'] as const;

/** Runs the rule's configItem adapter on `item` (with `others` in its scan) and returns the paths it read. */
export function pathsRead(rule: Rule, item: ConfigItem, others: readonly ConfigItem[] = []): ReadPaths {
  const adapter = rule.adapters.configItem;
  if (!adapter) throw new Error(`${rule.id} has no configItem adapter`);
  const paths: ReadPaths = new Map();
  const wrapped = [item, ...others].map((i) => recording(i, paths));
  const scope: ConfigScope = itemScope(wrapped);
  adapter.facts(wrapped[0], scope);
  return paths;
}

function recording(item: ConfigItem, paths: ReadPaths): ConfigItem {
  const seen = paths.get(item.resourceType) ?? new Set<string>();
  paths.set(item.resourceType, seen);
  const wrap = (value: unknown, path: string): unknown => {
    if (value === null || typeof value !== 'object') return value;
    return new Proxy(value as object, {
      get(target, key, receiver) {
        const v: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'symbol') return v;
        if (Array.isArray(target)) {
          // A position in a list is not a step of the schema's paths; list methods read through the proxy.
          return /^\d+$/.test(key) ? wrap(v, path) : v;
        }
        if (key === 'toJSON' || key === 'then' || (v !== undefined && !Object.prototype.hasOwnProperty.call(target, key)))
          return v;
        seen.add(`${path}.${key}`);
        return wrap(v, `${path}.${key}`);
      },
      has(target, key) {
        if (typeof key === 'string' && !Array.isArray(target)) seen.add(`${path}.${key}`);
        return Reflect.has(target, key);
      },
    });
  };
  const copy: Record<string, unknown> = { ...item };
  for (const root of ROOTS) copy[root] = wrap(item[root], root);
  return copy as unknown as ConfigItem;
}

/** AWS Config's resource schema: property paths per type (`configuration.x.y`), from the shared corpus. */
const SCHEMA_DIR = join(__dirname, '../../../shared/corpus/config-resource-schema/config/properties/resource-types');

const schemas = new Map<string, Set<string> | undefined>();

/** The schema's property paths of a type, with every prefix of each; undefined when the schema has no file for the type. */
export function schemaPaths(type: string): Set<string> | undefined {
  if (!schemas.has(type)) {
    let keys: string[] | undefined;
    try {
      keys = Object.keys(JSON.parse(readFileSync(join(SCHEMA_DIR, `${type}.properties.json`), 'utf8')) as object);
    } catch {
      keys = undefined;
    }
    schemas.set(type, keys && new Set(keys.flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')))));
  }
  return schemas.get(type);
}

/**
 * Builds items of a type from its schema paths, every leaf filled with a value of
 * its schema type, in two shapes: every inner step an object, and every inner step
 * a list of one object (the schema does not say which steps are lists).
 */
export function itemsFromSchema(type: string): ConfigItem[] {
  const paths = schemaPaths(type);
  if (!paths) return [];
  const raw = JSON.parse(readFileSync(join(SCHEMA_DIR, `${type}.properties.json`), 'utf8')) as Record<string, string>;
  const leaf = (t: string): unknown => (t === 'boolean' ? true : t === 'integer' || t === 'long' || t === 'double' ? 1 : 'x');
  const build = (lists: boolean) => {
    const roots: Record<string, Record<string, unknown>> = { configuration: {}, supplementaryConfiguration: {} };
    for (const [key, t] of Object.entries(raw)) {
      const [root, ...steps] = key.split('.');
      if (!(root in roots) || steps.length === 0) continue;
      let node = roots[root];
      steps.forEach((step, i) => {
        if (i === steps.length - 1) {
          node[step] ??= leaf(t);
          return;
        }
        const existing = node[step];
        const inner = Array.isArray(existing) ? existing[0] : existing;
        const next = inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {};
        node[step] = lists ? [next] : next;
        node = next;
      });
    }
    return roots;
  };
  return [build(false), build(true)].map((r) => ({
    resourceType: type,
    resourceId: 'id-1',
    resourceName: 'x',
    accountId: '111122223333',
    awsRegion: 'eu-west-2',
    status: 'OK',
    configuration: r.configuration,
    supplementaryConfiguration: r.supplementaryConfiguration,
    tags: {},
    relationships: [],
  }));
}
