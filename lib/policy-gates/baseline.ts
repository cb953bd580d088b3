import { ResourceLocation, Severity, Status } from '../engine/model';
import { InputError } from '../errors';
import { BaselineSection, ReportedFinding, ResolvedResult } from '../run/report';

/** What a previous JSON report must hold for a baseline: its results, and the exceptions it saw. */
export interface PreviousReport {
  readonly file: string;
  readonly results: readonly PreviousResult[];
  /** Exceptions (rule + resource) the previous run knew, when it recorded them. */
  readonly exceptions?: ReadonlySet<string>;
}

interface PreviousResult {
  readonly ruleId: string;
  readonly status: Status;
  readonly severity: Severity;
  readonly resource: ResourceLocation;
  readonly message: string;
}

const FAILING: ReadonlySet<string> = new Set(['NON_COMPLIANT', 'INSUFFICIENT_DATA']);

/** Reads a previous `palisade check --format json` report; anything else is an input error. */
export function parseBaseline(text: string, file: string): PreviousReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: baseline is not valid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const report = value as { tool?: { name?: unknown }; results?: unknown; exceptions?: { entries?: unknown } };
  if (!report || typeof report !== 'object' || report.tool?.name !== 'palisade' || !Array.isArray(report.results)) {
    throw new InputError(`${file}: baseline is not a Palisade JSON report (write one with \`palisade check --format json\`)`);
  }
  const results: PreviousResult[] = [];
  report.results.forEach((r: unknown, i) => {
    const x = r as Partial<PreviousResult> | null;
    if (!x || typeof x.ruleId !== 'string' || typeof x.status !== 'string' || !x.resource || typeof x.resource !== 'object') {
      throw new InputError(`${file}: baseline results[${i}] has no ruleId, status or resource`);
    }
    if (FAILING.has(x.status)) results.push(x as PreviousResult);
  });
  const entries = report.exceptions?.entries;
  const exceptions = Array.isArray(entries)
    ? new Set(entries.map((e: { rule?: unknown; resource?: unknown }) => exceptionKey(String(e.rule), String(e.resource))))
    : undefined;
  return { file, results, exceptions };
}

export function exceptionKey(rule: string, resource: string): string {
  return `${rule.replace(/^Palisade-/, '')}\u0000${resource}`;
}

/**
 * Marks every failing result new or existing against the previous report, and
 * lists the previous failures that are gone. A result is the same result when
 * rule, stack and logical id agree (and construct paths, when both have one):
 * never line numbers, which move with every edit. A NON_COMPLIANT result is
 * existing only if it was NON_COMPLIANT before; one that was INSUFFICIENT_DATA
 * is a new violation.
 */
export function applyBaseline(findings: ReportedFinding[], previous: PreviousReport): BaselineSection {
  const pool = new Map<string, { result: PreviousResult; used: boolean }[]>();
  for (const result of previous.results) {
    const key = identity(result.ruleId, result.resource);
    const list = pool.get(key);
    if (list) list.push({ result, used: false });
    else pool.set(key, [{ result, used: false }]);
  }
  let fresh = 0;
  let existing = 0;
  for (const f of findings) {
    if (!FAILING.has(f.status)) continue;
    const match = (pool.get(identity(f.ruleId, f.resource)) ?? []).find(
      (p) =>
        !p.used &&
        samePath(p.result.resource.constructPath, f.resource.constructPath) &&
        (f.status === 'INSUFFICIENT_DATA' || p.result.status === 'NON_COMPLIANT'),
    );
    if (match) {
      match.used = true;
      f.baseline = 'existing';
      existing++;
    } else {
      f.baseline = 'new';
      fresh++;
    }
  }
  const resolved: ResolvedResult[] = [];
  for (const list of pool.values()) {
    for (const { result, used } of list) {
      if (!used) {
        resolved.push({
          ruleId: result.ruleId,
          status: result.status,
          severity: result.severity,
          resource: result.resource,
          message: result.message,
        });
      }
    }
  }
  return { file: previous.file, new: fresh, existing, resolved };
}

function identity(ruleId: string, r: ResourceLocation): string {
  return `${ruleId}\u0000${r.stack ?? r.account ?? ''}\u0000${r.logicalId ?? r.arn ?? r.resourceId ?? ''}`;
}

function samePath(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
