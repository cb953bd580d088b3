import { GateOptions, ReportedFinding } from '../run/report';

export { FAIL_ON } from '../run/report';
export type { FailOn, GateOptions } from '../run/report';

/**
 * Whether a result fails the run. Suppressed results never do; `error` fails on
 * error-severity violations, `warning` on any violation, `insufficient-data` on
 * violations and on results Palisade could not decide.
 */
export function fails(f: ReportedFinding, options: GateOptions): boolean {
  if (f.suppression || options.failOn === 'none') return false;
  if (options.failOnNew && f.baseline !== 'new') return false;
  if (f.status === 'NON_COMPLIANT') return options.failOn !== 'error' || f.severity === 'error';
  if (f.status === 'INSUFFICIENT_DATA') return options.failOn === 'insufficient-data';
  return false;
}

export function failingCount(findings: readonly ReportedFinding[], options: GateOptions): number {
  let n = 0;
  for (const f of findings) if (fails(f, options)) n++;
  return n;
}
