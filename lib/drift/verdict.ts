import { ResourceLocation, Severity, Status, STATUSES } from '../engine/model';
import { InputError } from '../errors';
import { Drift, VerdictChange } from './model';

interface Result {
  readonly ruleId: string;
  readonly status: Status;
  readonly severity: Severity;
  readonly resource: ResourceLocation;
  readonly message: string;
}

const FAILING: ReadonlySet<Status> = new Set(['NON_COMPLIANT', 'INSUFFICIENT_DATA']);
const RANK: Record<Status, number> = { COMPLIANT: 0, NOT_APPLICABLE: 0, INSUFFICIENT_DATA: 1, NON_COMPLIANT: 2 };

/** Every result of a `palisade check` or `scan` JSON report; anything else is an input error naming the file. */
export function parseResults(text: string, file: string): Result[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const report = value as { tool?: { name?: unknown }; results?: unknown } | null;
  if (!report || typeof report !== 'object' || report.tool?.name !== 'palisade' || !Array.isArray(report.results)) {
    throw new InputError(
      `${file}: not a Palisade JSON report (write one with \`palisade check --format json\` or \`palisade scan --format json\`)`,
    );
  }
  return report.results.map((r: unknown, i) => {
    const x = r as Partial<Result> | null;
    if (
      !x ||
      typeof x.ruleId !== 'string' ||
      !STATUSES.includes(x.status as Status) ||
      !x.resource ||
      typeof x.resource !== 'object'
    ) {
      throw new InputError(`${file}: results[${i}] has no ruleId, status or resource`);
    }
    return { ...x, severity: x.severity === 'warning' ? 'warning' : 'error', message: String(x.message ?? '') } as Result;
  });
}

/**
 * What changed between two reports, per rule and resource: `new` (failing now,
 * not in the old report), `regressed` (in both, and worse now: a pass that
 * fails, or an undecided result that is now a violation), `resolved` (failing
 * before, passing or gone now). A resource is the same when rule, stack and
 * logical id agree (templates) or rule, account, region and ARN or id (scans):
 * never line numbers, which move with every edit.
 */
export function verdictDrift(before: readonly Result[], after: readonly Result[]): Drift[] {
  const old = new Map(before.map((r) => [identity(r), r]));
  const seen = new Set<string>();
  const drift: Drift[] = [];
  for (const now of after) {
    const key = identity(now);
    seen.add(key);
    const was = old.get(key);
    if (!was) {
      if (FAILING.has(now.status)) drift.push(change('new', now, undefined));
    } else if (RANK[now.status] > RANK[was.status]) drift.push(change('regressed', now, was));
    else if (FAILING.has(was.status) && !FAILING.has(now.status)) drift.push(change('resolved', now, was));
  }
  for (const [key, was] of old) if (!seen.has(key) && FAILING.has(was.status)) drift.push(change('resolved', was, was, true));
  return drift;
}

function change(kind: VerdictChange, r: Result, was: Result | undefined, gone = false): Drift {
  const after = gone ? undefined : r.status;
  const where = r.resource.logicalId
    ? `${r.resource.stack ?? ''}/${r.resource.logicalId}`
    : (r.resource.arn ?? r.resource.resourceId ?? '');
  const what =
    kind === 'new'
      ? `newly ${r.status}: ${r.message}`
      : kind === 'regressed'
        ? `${was!.status} → ${r.status}: ${r.message}`
        : gone
          ? `${was!.status} → no longer reported (the resource or rule is gone)`
          : `${was!.status} → ${r.status}`;
  return {
    kind: 'verdict',
    resource: {
      type: r.resource.type,
      arn: r.resource.arn,
      resourceId: r.resource.resourceId,
      stack: r.resource.stack,
      logicalId: r.resource.logicalId,
      account: r.resource.account,
      region: r.resource.region,
    },
    ruleId: r.ruleId,
    severity: r.severity,
    message: `${r.ruleId} ${where}: ${what}`,
    change: kind,
    before: was?.status,
    after,
  };
}

function identity(r: Result): string {
  const x = r.resource;
  return [r.ruleId, x.stack, x.logicalId, x.account, x.region, x.arn ?? x.resourceId].map((v) => v ?? '').join('\u0000');
}
