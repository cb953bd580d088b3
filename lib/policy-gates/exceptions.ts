import picomatch from 'picomatch';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { ResourceLocation } from '../engine/model';
import { ACCOUNT_LOGICAL_ID, STACK_LOGICAL_ID } from '../engine/template-index';
import { InputError } from '../errors';
import { ExceptionEntry, ExceptionOutcome, ReportedFinding } from '../run/report';

export type { ExceptionEntry } from '../run/report';

/** Looked for in the working directory when `--exceptions` is not given. */
export const DEFAULT_EXCEPTIONS_FILE = 'palisade.exceptions.yaml';

const FIELDS = ['rule', 'resource', 'reason', 'owner', 'expires', 'drift'] as const;

/** The kinds of drift `palisade drift` reports; an entry with `drift:` accepts drift, never a check or scan result. */
export const DRIFT_KINDS = ['intent', 'unmanaged', 'missing', 'verdict'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** Accepted drift: `rule` names the rule for intent and verdict drift, and is absent for unmanaged and missing. */
export interface DriftExceptionEntry extends Omit<ExceptionEntry, 'rule'> {
  readonly drift: DriftKind;
  readonly rule?: string;
}

export interface ExceptionsFile {
  readonly file: string;
  readonly entries: ExceptionEntry[];
  /** Entries with `drift:`, which only `palisade drift` reads. */
  readonly drift?: DriftExceptionEntry[];
}

/**
 * Reads and validates an exceptions file. Every bad entry is reported, one line
 * each naming the file, the entry and the field, before anything is evaluated.
 */
export function parseExceptions(text: string, file: string, knownRules: ReadonlySet<string>): ExceptionsFile {
  // Loaded here, not at start-up: most runs have no exceptions file.
  const { LineCounter, isMap, isSeq, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new InputError(
      `${file}: not valid YAML${line ? ` (line ${line})` : ''}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const root = doc.contents;
  const shape = 'expected a mapping with an `exceptions:` list of {rule, resource, reason, owner, expires}';
  if (!isMap(root)) throw new InputError(`${file}: ${shape}`);
  const problems: string[] = [];
  for (const pair of (root as YAMLMap).items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (key !== 'exceptions') problems.push(`${file}: unknown top-level key '${key}'; ${shape}`);
  }
  const list = (root as YAMLMap).get('exceptions', true);
  const entries: ExceptionEntry[] = [];
  const drift: DriftExceptionEntry[] = [];
  if (list === undefined && !(root as YAMLMap).has('exceptions')) problems.push(`${file}: ${shape}`);
  else if (list !== null && list !== undefined && !isSeq(list) && !isNullScalar(list)) {
    problems.push(`${file}: \`exceptions\` must be a list of entries`);
  } else if (isSeq(list)) {
    (list as YAMLSeq).items.forEach((node, index) => {
      const range = (node as { range?: [number, number, number] }).range;
      const line = range ? lineCounter.linePos(range[0]).line : undefined;
      const where = `${file}: exceptions[${index}]${line ? ` (line ${line})` : ''}`;
      if (!isMap(node)) {
        problems.push(`${where}: each entry must be a mapping with ${FIELDS.join(', ')}`);
        return;
      }
      const value = (node as YAMLMap).toJSON() as Record<string, unknown>;
      const bad = (field: string, problem: string) => problems.push(`${where}: ${field}: ${problem}`);
      for (const key of Object.keys(value)) {
        if (!(FIELDS as readonly string[]).includes(key)) bad(key, `unknown field (allowed: ${FIELDS.join(', ')})`);
      }
      const text = (field: (typeof FIELDS)[number]): string | undefined => {
        const v = value[field];
        if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
          bad(field, 'is required');
          return undefined;
        }
        if (typeof v !== 'string') {
          bad(field, `must be a string, not ${Array.isArray(v) ? 'a list' : typeof v}`);
          return undefined;
        }
        return v.trim();
      };
      const kind = value.drift;
      if (kind !== undefined && !(DRIFT_KINDS as readonly unknown[]).includes(kind))
        bad('drift', `'${String(kind)}' is not a kind of drift (use ${DRIFT_KINDS.join(', ')})`);
      // unmanaged and missing resources are not results of a rule
      const ruleless = kind === 'unmanaged' || kind === 'missing';
      if (ruleless && value.rule !== undefined) bad('rule', `drift: ${kind} names no rule; leave rule out`);
      const rule = ruleless ? undefined : text('rule');
      const resource = text('resource');
      const reason = text('reason');
      const owner = text('owner');
      const expires = dateOf(asWritten((node as YAMLMap).get('expires', true), value.expires), (p) => bad('expires', p));
      if (rule && !knownRules.has(rule) && !knownRules.has(rule.replace(/^Palisade-/, ''))) {
        bad('rule', `unknown rule '${rule}' (\`palisade rules\` lists them)`);
      }
      if (ruleless && resource && reason && owner && expires) {
        drift.push({ index, line, drift: kind as DriftKind, resource, reason, owner, expires });
      } else if (rule && resource && reason && owner && expires) {
        if (kind !== undefined) drift.push({ index, line, drift: kind as DriftKind, rule, resource, reason, owner, expires });
        else entries.push({ index, line, rule, resource, reason, owner, expires });
      }
    });
  }
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return drift.length ? { file, entries, drift } : { file, entries };
}

/**
 * A YAML 1.1 document (`%YAML 1.1`) reads an unquoted date as a timestamp,
 * and `2027-06-30 23:00:00 -05:00` as the 1st of July in UTC: the date is
 * taken from the text the user wrote instead.
 */
function asWritten(node: unknown, value: unknown): unknown {
  const scalar = node as { value?: unknown; source?: unknown } | undefined;
  if (!(scalar?.value instanceof Date)) return value;
  const source = scalar.source;
  if (typeof source !== 'string') return value;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]|$)/.exec(source.trim());
  return m ? m[1] : source.trim();
}

function isNullScalar(node: unknown): boolean {
  return (node as { value?: unknown })?.value === null;
}

/** A calendar date written YYYY-MM-DD; 2027-02-30 is refused rather than rolled into March. */
function dateOf(v: unknown, bad: (problem: string) => void): string | undefined {
  if (v === undefined || v === null || v === '') {
    bad('is required (YYYY-MM-DD): every exception ends');
    return undefined;
  }
  const s = typeof v === 'string' ? v.trim() : undefined;
  const m = s === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) {
    bad(`'${String(v)}' is not a date written YYYY-MM-DD`);
    return undefined;
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== s) {
    bad(`'${s}' is not a calendar date`);
    return undefined;
  }
  return s;
}

/** Today's date in UTC, the clock exceptions are judged by. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function isExpired(entry: { expires: string }, today: string): boolean {
  return entry.expires < today;
}

/**
 * Applies the exceptions to the failing results (NON_COMPLIANT and
 * INSUFFICIENT_DATA): a live one marks its results suppressed (they stay in
 * every report), an expired one leaves them failing and says so on each, and
 * one that matches no failing result is stale.
 */
export function applyExceptions(
  findings: ReportedFinding[],
  exceptions: ExceptionsFile,
  today: string,
  evaluatedRules: ReadonlySet<string>,
): ExceptionOutcome[] {
  const index = new ExceptionIndex(exceptions.entries);
  const failing = new Array<number>(exceptions.entries.length).fill(0);
  const passing = new Array<number>(exceptions.entries.length).fill(0);

  for (const f of findings) {
    const matched = index.matching(f.ruleId, f.resource);
    if (matched.length === 0) continue;
    const fails = f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA';
    for (const i of matched) {
      const entry = exceptions.entries[i];
      if (!fails) {
        passing[i]++;
        continue;
      }
      failing[i]++;
      if (f.suppression) continue; // an acknowledgement in the template already hides it
      if (isExpired(entry, today)) {
        f.expiredException ??= { index: entry.index, reason: entry.reason, owner: entry.owner, expires: entry.expires };
      } else {
        f.suppression = { reason: entry.reason, owner: entry.owner, expires: entry.expires, source: 'exceptions-file' };
        delete f.expiredException;
      }
    }
  }

  return exceptions.entries.map((entry, i): ExceptionOutcome => {
    // One literal per entry, not spreads: a file can hold tens of thousands.
    const outcome = (status: ExceptionOutcome['status'], note?: string): ExceptionOutcome => ({
      index: entry.index,
      line: entry.line,
      rule: entry.rule,
      resource: entry.resource,
      reason: entry.reason,
      owner: entry.owner,
      expires: entry.expires,
      matched: failing[i],
      status,
      ...(note === undefined ? {} : { note }),
    });
    if (isExpired(entry, today)) {
      return outcome(
        'expired',
        failing[i] > 0
          ? `expired on ${entry.expires}: ${failing[i]} result(s) it hid are failing again; fix them, or renew the exception with a new date`
          : `expired on ${entry.expires} and matches no failing result; remove it`,
      );
    }
    if (failing[i] > 0) return outcome('applied');
    const ruleId = entry.rule.replace(/^Palisade-/, '');
    return outcome(
      'stale',
      !evaluatedRules.has(ruleId)
        ? `rule ${entry.rule} was not evaluated in this run (not in the selected --pack)`
        : passing[i] > 0
          ? `the resources matching '${entry.resource}' now comply with ${entry.rule}; remove the exception`
          : `no result of ${entry.rule} matches '${entry.resource}' (globs match the logical id, stack/logicalId and the construct path, and for scan results the ARN and resource id)`,
    );
  });
}

/**
 * Exceptions by rule; within a rule, exact names in a map and globs by their
 * literal prefix (`Web/Logs*` can only match names that start `Web/Logs`).
 * Matching a result then costs a lookup per name it answers to and per
 * distinct prefix length, plus the globs that could match it: 50,000 entries
 * naming resources one by one, or by prefix, cost no more per result than a
 * handful. Globs that start with a wildcard are tried on every result of
 * their rule.
 */
class ExceptionIndex {
  private readonly byRule = new Map<string, RuleExceptions>();
  private readonly compiled = new Map<string, (name: string) => boolean>();

  constructor(entries: readonly ExceptionEntry[]) {
    entries.forEach((entry, i) => {
      const ruleId = entry.rule.replace(/^Palisade-/, '');
      let rule = this.byRule.get(ruleId);
      if (!rule) this.byRule.set(ruleId, (rule = { exact: new Map(), byPrefix: new Map(), prefixLengths: [] }));
      const prefix = literalPrefix(entry.resource);
      if (prefix === entry.resource) {
        push(rule.exact, entry.resource, i);
        return;
      }
      let patterns = rule.byPrefix.get(prefix);
      if (!patterns) {
        rule.byPrefix.set(prefix, (patterns = new Map()));
        rule.prefixLengths.push(prefix.length);
      }
      push(patterns, entry.resource, i);
    });
    for (const rule of this.byRule.values()) rule.prefixLengths = [...new Set(rule.prefixLengths)].sort((a, b) => a - b);
  }

  /** Positions of the entries that match a result, in file order (the first live one names the suppression). */
  matching(ruleId: string, resource: ResourceLocation): number[] {
    const rule = this.byRule.get(ruleId);
    if (!rule) return [];
    const found = new Set<number>();
    for (const name of candidates(resource)) {
      for (const i of rule.exact.get(name) ?? []) found.add(i);
      for (const length of rule.prefixLengths) {
        if (length > name.length) break;
        for (const [pattern, indexes] of rule.byPrefix.get(name.slice(0, length)) ?? []) {
          if (name === pattern || this.glob(pattern)(name)) for (const i of indexes) found.add(i);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Compiled on first use and once per pattern: most globs of a large file are never tried. */
  private glob(pattern: string): (name: string) => boolean {
    let glob = this.compiled.get(pattern);
    if (!glob) this.compiled.set(pattern, (glob = simpleGlob(pattern) ?? picomatch(literalStack(pattern), { dot: true })));
    return glob;
  }
}

interface RuleExceptions {
  readonly exact: Map<string, number[]>;
  /** Globs by their literal prefix, then by pattern (entries repeating a pattern share its matcher). */
  readonly byPrefix: Map<string, Map<string, number[]>>;
  prefixLengths: number[];
}

/**
 * A glob whose only wildcards are single `*` and `?` (the common `Web/Logs*`),
 * as picomatch reads it with `dot` (neither crosses a `/`), without the cost
 * of compiling it through picomatch: thousands compile in milliseconds. Names
 * where picomatch has special cases (empty, `.` or `..` segments, a slash at
 * either end) go to picomatch.
 */
export function simpleGlob(pattern: string): ((name: string) => boolean) | undefined {
  if (!/^[^[\]{}()!+@\\|$]*$/.test(pattern) || pattern.includes('**') || pattern.startsWith('./')) return undefined;
  // picomatch has its own readings of a few whole patterns (`*.*` wants something after the dot)
  if (PICOMATCH_FAST_PATHS.has(pattern)) return undefined;
  const source = pattern.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : `\\${c}`));
  const re = new RegExp(`^${source}$`);
  let slow: ((name: string) => boolean) | undefined;
  return (name) => (PLAIN_NAME.test(name) ? re.test(name) : (slow ??= picomatch(pattern, { dot: true }))(name));
}

const PICOMATCH_FAST_PATHS = new Set(['*', '.*', '*.*', '*/*']);

/** One or more non-empty segments, none of them `.` or `..`. */
const PLAIN_NAME = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The text before a glob's first special character (all of it, for a plain name): every name it matches starts with it. */
function literalPrefix(pattern: string): string {
  if (pattern.startsWith('./') || pattern.startsWith('!')) return '';
  const at = pattern.search(/[*?[\]{}()!+@\\|]/);
  return at < 0 ? pattern : pattern.slice(0, at);
}

// Whole-stack and account-wide results answer to `(stack)`, `(account)` and `<stack>/(stack)`, `<stack>/(account)`.
// In a glob the parentheses would be a group matching `stack`, so in `**/(stack)` they are read literally.
function literalStack(pattern: string): string {
  let out = pattern;
  for (const id of [STACK_LOGICAL_ID, ACCOUNT_LOGICAL_ID]) out = out.split(id).join(`\\(${id.slice(1, -1)}\\)`);
  return out;
}

/** The names a resource answers to: logical id, stack/logical id, construct path (and ARN at runtime). */
export function candidates(r: ResourceLocation): string[] {
  const out: string[] = [];
  if (r.logicalId) out.push(r.logicalId);
  if (r.logicalId && r.stack) out.push(`${r.stack}/${r.logicalId}`);
  if (r.constructPath) out.push(r.constructPath);
  if (r.arn) out.push(r.arn);
  if (r.resourceId) out.push(r.resourceId);
  return out;
}
