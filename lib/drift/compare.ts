import { Status } from '../engine/model';
import { decide, Rule } from '../engine/rule';
import { isUnknown } from '../engine/unknown';

/** The facts that differ between template and deployment, each side rendered for people. */
export interface FactDifference {
  readonly facts: string[];
  readonly template: string;
  readonly deployed: string;
}

const SENTINEL = '\u0000palisade-drift-name';

/**
 * Which facts explain a change of verdict, and their two values. The facts are
 * the rule's own: no table of property mappings, the adapters already read both
 * shapes. Where several facts differ, those that alone turn the template's
 * verdict into the deployed one are named. Lists compare as multisets, and a
 * field that only names a list element (a security group rule's `ingress #2`,
 * a network ACL entry's logical id) is left out, being different in each source
 * by construction.
 */
export function differingFacts(rule: Rule, template: unknown, deployed: unknown, deployedStatus: Status): FactDifference {
  const t = asFacts(template);
  const d = asFacts(deployed);
  const keys = [...new Set([...Object.keys(t), ...Object.keys(d)])];
  const names = new Map(keys.map((k) => [k, nameFields(rule, t, d, k)]));
  const differing = keys.filter((k) => canonical(t[k], names.get(k)!) !== canonical(d[k], names.get(k)!));
  const decisive = differing.filter((k) => statusOf(rule, { ...t, [k]: d[k] }) === deployedStatus);
  const shown = decisive.length ? decisive : differing;
  return {
    facts: shown,
    template: shown.map((k) => `${k}: ${render(t[k], names.get(k)!)}`).join('; ') || 'the same facts',
    deployed: shown.map((k) => `${k}: ${renderChange(t[k], d[k], names.get(k)!)}`).join('; ') || 'the same facts',
  };
}

function asFacts(facts: unknown): Record<string, unknown> {
  return facts !== null && typeof facts === 'object' && !Array.isArray(facts) && !isUnknown(facts)
    ? (facts as Record<string, unknown>)
    : { facts };
}

function statusOf(rule: Rule, facts: unknown): Status {
  return decide(rule, () => facts).status;
}

/**
 * String fields of a list's elements that name them: distinct within each list,
 * and replaced by a placeholder on both sides, neither verdict changes.
 */
function nameFields(rule: Rule, t: Record<string, unknown>, d: Record<string, unknown>, key: string): Set<string> {
  const lists = [t[key], d[key]];
  if (!lists.every((l) => Array.isArray(l) && l.every((e) => e !== null && typeof e === 'object' && !isUnknown(e))))
    return new Set();
  const rows = lists as Record<string, unknown>[][];
  const fields = new Set(rows.flat().flatMap((e) => Object.keys(e)));
  const names = new Set<string>();
  for (const field of fields) {
    const distinct = rows.every((list) => {
      const values = list.map((e) => e[field]);
      return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
    });
    if (!distinct) continue;
    const renamed = (facts: Record<string, unknown>) => ({
      ...facts,
      [key]: (facts[key] as Record<string, unknown>[]).map((e) => ({ ...e, [field]: SENTINEL })),
    });
    if (statusOf(rule, renamed(t)) === statusOf(rule, t) && statusOf(rule, renamed(d)) === statusOf(rule, d)) names.add(field);
  }
  return names;
}

/** A stable text form for comparison: object keys sorted, names left out, Unknowns as `?`. */
function canonical(value: unknown, names: ReadonlySet<string>): string {
  if (isUnknown(value)) return '?';
  if (Array.isArray(value))
    return `[${value
      .map((v) => canonical(v, names))
      .sort()
      .join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([k, v]) => !names.has(k) && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v, new Set())}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A value for people: `not set`, `unknown (why)`, lists as `[a; b]`, objects as `key=value …`. */
export function render(value: unknown, names: ReadonlySet<string> = new Set()): string {
  if (value === undefined || value === null) return 'not set';
  if (isUnknown(value)) return `unknown (${value.reason})`;
  if (Array.isArray(value)) return value.length ? `[${value.map((v) => render(v, names)).join('; ')}]` : 'none';
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([k, v]) => !names.has(k) && v !== undefined)
      .map(([k, v]) => `${k}=${render(v)}`)
      .join(' ');
  }
  return String(value);
}

/** The deployed value, as a change where both are lists: what was added and what is gone. */
function renderChange(template: unknown, deployed: unknown, names: ReadonlySet<string>): string {
  if (!Array.isArray(template) || !Array.isArray(deployed)) return render(deployed, names);
  const left = new Map<string, number>();
  for (const v of template) left.set(canonical(v, names), (left.get(canonical(v, names)) ?? 0) + 1);
  const added: unknown[] = [];
  for (const v of deployed) {
    const key = canonical(v, names);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else added.push(v);
  }
  const gone = template.filter((v) => {
    const key = canonical(v, names);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n > 0;
  });
  const parts = [
    ...(added.length ? [`also ${render(added, names)}`] : []),
    ...(gone.length ? [`no longer ${render(gone, names)}`] : []),
  ];
  return parts.join(', ') || render(deployed, names);
}
