import { CoverageGap } from '../engine/model';
import { Rule, resourceTypesOf } from '../engine/rule';
import { Attestation } from './attestations';
import { ControlDef, controlCatalogue, controlKey, evidences } from './controls';
import { EvidenceResult, FindingsFile } from './input';

/** The pack's fixed status vocabulary. */
export type ControlStatus = 'met' | 'not met' | 'needs review' | 'not evaluated' | 'attested' | 'attestation missing';
export const CONTROL_STATUSES: readonly ControlStatus[] = [
  'met',
  'not met',
  'needs review',
  'not evaluated',
  'attested',
  'attestation missing',
];

/** A result's standing as the pack counts it. */
export type Outcome = 'passed' | 'failed' | 'review' | 'excepted' | 'not applicable';

export function outcomeOf(r: EvidenceResult): Outcome {
  if (r.status === 'NON_COMPLIANT' || r.status === 'INSUFFICIENT_DATA') {
    if (r.suppression) return 'excepted';
    return r.status === 'NON_COMPLIANT' ? 'failed' : 'review';
  }
  return r.status === 'COMPLIANT' ? 'passed' : 'not applicable';
}

/** The results of one rule on one control. */
export interface CheckEvidence {
  readonly ruleId: string;
  readonly title: string;
  readonly configRule?: string;
  readonly results: readonly EvidenceResult[];
}

export interface ControlEvidence {
  readonly def: ControlDef;
  readonly status: ControlStatus;
  /** Why the status is what it is, in a sentence. */
  readonly why: string;
  readonly counts: Record<Outcome, number>;
  /** Rules that produced results for this control. */
  readonly checks: readonly CheckEvidence[];
  /** Catalogue rules mapped to the control that produced no result (no resource of their types). */
  readonly idle: readonly string[];
  readonly attestations: readonly Attestation[];
  /** Scan gaps that may hide resources this control's rules read. */
  readonly gaps: readonly CoverageGap[];
  /** Distinct resources with a decided or undecided result. */
  readonly resources: number;
}

const zero = (): Record<Outcome, number> => ({ passed: 0, failed: 0, review: 0, excepted: 0, 'not applicable': 0 });

export const resourceKey = (r: EvidenceResult): string =>
  r.resource.arn ??
  (r.resource.resourceId
    ? `${r.resource.account}|${r.resource.region}|${r.resource.resourceId}`
    : `${r.resource.stack}/${r.resource.logicalId}`);

/**
 * Groups every result under each control it evidences and decides the control's
 * status. Order of precedence: a failure is "not met"; then a process control
 * without its attestation; then anything undecided, excepted without a pass, or
 * possibly hidden by a scan gap is "needs review"; then attested, met, not evaluated.
 */
export function groupByControl(
  files: readonly FindingsFile[],
  rules: readonly Rule[],
  attestations: readonly Attestation[],
  options: { configurationOnly?: boolean } = {},
): ControlEvidence[] {
  const results = files.flatMap((f) => f.results);
  const gaps = files.flatMap((f) => f.coverage?.gaps ?? []);
  const incompleteWithoutGaps = files.some((f) => f.coverage && !f.coverage.complete && f.coverage.gaps.length === 0);
  const byRule = new Map(rules.map((r) => [r.id, r]));
  return controlCatalogue(rules).map((def) => {
    const mine = results.filter((r) => evidences(def, r.controls[def.framework]));
    const checks = new Map<string, EvidenceResult[]>();
    for (const r of mine) checks.set(r.ruleId, [...(checks.get(r.ruleId) ?? []), r]);
    const mapped = rules.filter((r) => evidences(def, r.controls[def.framework]));
    const types = new Set(
      [...mapped, ...[...checks.keys()].map((id) => byRule.get(id)).filter((r): r is Rule => !!r)].flatMap(resourceTypesOf),
    );
    const hidden = gaps.filter((g) => !g.resourceType || types.has(g.resourceType));
    const counts = zero();
    for (const r of mine) counts[outcomeOf(r)]++;
    const mineAttested = attestations.filter((a) => a.key === controlKey(def.framework, def.id));
    // Comparing two packs (--since) looks at what configuration shows, attestations aside.
    const asked = options.configurationOnly ? { ...def, attestation: undefined } : def;
    const incomplete = hidden.length > 0 || (incompleteWithoutGaps && mine.length === 0);
    const [status, why] = decideStatus(asked, counts, mineAttested.length > 0, incomplete);
    return {
      def,
      status,
      why,
      counts,
      checks: [...checks.entries()]
        .map(([ruleId, rs]) => ({
          ruleId,
          title: byRule.get(ruleId)?.title ?? ruleId,
          configRule: rs[0].configRule,
          results: rs,
        }))
        .sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
      idle: mapped.filter((r) => !checks.has(r.id)).map((r) => r.id),
      attestations: mineAttested,
      gaps: hidden,
      resources: new Set(mine.filter((r) => outcomeOf(r) !== 'not applicable').map(resourceKey)).size,
    };
  });
}

function decideStatus(
  def: ControlDef,
  c: Record<Outcome, number>,
  attested: boolean,
  incomplete: boolean,
): [ControlStatus, string] {
  if (c.failed) return ['not met', `${c.failed} result(s) failed`];
  if (def.attestation && !attested) return ['attestation missing', `needs an attestation: ${def.attestation}`];
  if (c.review) return ['needs review', `${c.review} result(s) could not be decided`];
  if (incomplete) return ['needs review', 'the scan could not read every scope these checks need (coverage incomplete)'];
  if (c.excepted && !c.passed) return ['needs review', 'every failing result is excepted and nothing passed'];
  if (attested) return ['attested', c.passed ? `attested; ${c.passed} result(s) passed` : 'attested by a named owner'];
  if (c.passed) return ['met', `${c.passed} result(s) passed${c.excepted ? `, ${c.excepted} excepted` : ''}`];
  return ['not evaluated', 'no rule ran: no resource of the types its checks read'];
}

/** Status counts per framework, for the summary bars. */
export function tally(controls: readonly ControlEvidence[]): Record<ControlStatus, number> {
  const t = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
  for (const c of controls) t[c.status]++;
  return t;
}
