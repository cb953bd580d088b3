import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';
import { ControlDef } from './controls';
import { parseResultsCsv } from './csv';
import { EvidenceResult, FindingsFile } from './input';
import { verifyPack } from './manifest';
import { ControlEvidence, groupByControl, outcomeOf, resourceKey } from './model';

/** What changed since a previous pack. */
export interface Changes {
  readonly previous: { readonly dir: string; readonly generatedAt?: string };
  /** Controls that configuration now shows met and did not before. */
  readonly newlyMet: readonly ControlDef[];
  /** Controls met before and not now. */
  readonly noLongerMet: readonly ControlDef[];
  readonly newlyFailing: readonly EvidenceResult[];
  /** Failing before; passing, excepted or gone now. */
  readonly resolved: readonly EvidenceResult[];
}

/**
 * Compares with the pack in `dir`. That pack is verified first: a change list
 * resting on an edited previous pack would be worthless, so one is refused.
 */
export function changesSince(dir: string, current: readonly FindingsFile[], rules: readonly Rule[]): Changes {
  if (!existsSync(join(dir, 'manifest.json'))) throw new InputError(`${dir}: --since: not an evidence pack (no manifest.json)`);
  const check = verifyPack(dir);
  if (!check.ok) throw new InputError(`${dir}: --since: the previous pack does not verify: ${check.problem}`);
  const previous = previousResults(join(dir, 'results.csv'));
  const before = statuses(groupByControl([asFile(previous)], rules, [], { configurationOnly: true }));
  const after = groupByControl(current, rules, [], { configurationOnly: true });
  const failing = (rs: readonly EvidenceResult[]) =>
    new Map(rs.filter((r) => outcomeOf(r) === 'failed').map((r) => [`${r.ruleId}|${resourceKey(r)}`, r]));
  const was = failing(previous);
  const now = failing(current.flatMap((f) => f.results));
  return {
    previous: { dir, generatedAt: check.generatedAt },
    newlyMet: after.filter((c) => c.status === 'met' && before.get(c.def.oscalId) !== 'met').map((c) => c.def),
    noLongerMet: after.filter((c) => c.status !== 'met' && before.get(c.def.oscalId) === 'met').map((c) => c.def),
    newlyFailing: [...now].filter(([k]) => !was.has(k)).map(([, r]) => r),
    resolved: [...was].filter(([k]) => !now.has(k)).map(([, r]) => r),
  };
}

const statuses = (controls: readonly ControlEvidence[]) => new Map(controls.map((c) => [c.def.oscalId, c.status]));

function asFile(results: EvidenceResult[]): FindingsFile {
  return {
    path: 'results.csv',
    sha256: '',
    bytes: 0,
    tool: { name: 'palisade', version: '' },
    generatedAt: '',
    inputs: [],
    results,
  };
}

function previousResults(file: string): EvidenceResult[] {
  const list = (v: string) => (v ? v.split('; ') : []);
  return parseResultsCsv(readFileSync(file, 'utf8')).map((row) => ({
    ruleId: row.rule_id,
    status: row.status as EvidenceResult['status'],
    severity: row.severity as EvidenceResult['severity'],
    resource: {
      type: row.resource_type,
      stack: row.stack || undefined,
      logicalId: row.logical_id || undefined,
      arn: row.arn || undefined,
      resourceId: row.resource_id || undefined,
      account: row.account || undefined,
      region: row.region || undefined,
    },
    message: row.message,
    remediation: '',
    controls: {
      ncscCsp: list(row.ncsc_csp),
      tenSteps: list(row.ten_steps) as never[],
      cyberEssentials: list(row.cyber_essentials) as never[],
      internetFirst: list(row.internet_first) as never[],
    },
    suppression: row.excepted === 'yes' ? { reason: row.exception_reason, source: row.exception_source } : undefined,
    source: row.source as EvidenceResult['source'],
    file: row.findings_file,
  }));
}
