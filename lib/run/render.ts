import { IO } from '../cli/io';
import { OutputPlan } from '../cli/outputs';
import { fails, failingCount } from '../policy-gates/gate';
import { jsonReport } from '../report/json';
import { junitReport } from '../report/junit';
import { sarifReport } from '../report/sarif';
import { textReport } from '../report/text';
import { GateOptions, RunReport } from './report';

export interface RenderOptions {
  /** text and sarif: include compliant and not-applicable results too. */
  readonly all?: boolean;
  /** text: only what fails the gate (with a baseline, only new results). */
  readonly quiet?: boolean;
}

/** One report in one format. */
export function render(plan: OutputPlan, run: RunReport, options: RenderOptions, io: IO): string {
  switch (plan.format) {
    case 'json':
      return jsonReport(run);
    case 'sarif':
      return sarifReport(run, { all: options.all });
    case 'junit':
      return junitReport(run);
    case 'text':
      return (
        textReport(
          run.findings,
          {
            colour: Boolean(io.colour) && plan.file === undefined,
            all: options.all,
            only: options.quiet ? (f) => fails(f, run.gate) && (!run.baseline || f.baseline === 'new') : undefined,
          },
          run,
        ) + `${verdict(failingCount(run.findings, run.gate), run.gate, run)}\n`
      );
  }
}

/** The run's outcome in one line: what the exit code says. */
export function verdict(failing: number, gate: GateOptions, run?: Pick<RunReport, 'coverage'>): string {
  const scope = `${gate.failOnNew ? 'new ' : ''}result(s) at or above --fail-on ${gate.failOn}`;
  const outcome =
    gate.failOn === 'none' ? 'passed: --fail-on none' : failing > 0 ? `failed: ${failing} ${scope}` : `passed: no ${scope}`;
  // What could not be read was not checked: that outweighs any pass.
  if (run && !run.coverage.complete) return `incomplete: ${run.coverage.gaps.length} scope(s) could not be read; ${outcome}`;
  return outcome;
}
