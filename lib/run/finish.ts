import { EXIT, IO } from '../cli/io';
import { refuseInputsAsOutputs, writeAll } from '../cli/outputs';
import { VERSION } from '../cli/version';
import { Template } from '../engine/model';
import { applyBaseline } from '../policy-gates/baseline';
import { applyExceptions } from '../policy-gates/exceptions';
import { failingCount } from '../policy-gates/gate';
import { reviewTemplateSuppressions } from '../policy-gates/template-suppressions';
import { escapeControl } from '../report/escape';
import { creationSites } from './creation-sites';
import { RunPlan } from './prepare';
import { render, verdict } from './render';
import { COMPLETE, ConfigRuleComparison, Coverage, ReportedFinding, ReportInput, RunReport } from './report';

/** What a source's discover and evaluate stages hand to the rest of the pipeline. */
export interface Evaluated {
  readonly findings: ReportedFinding[];
  readonly inputs: ReportInput[];
  /** What could not be read (a runtime scan); omitted, the run read everything it was given. */
  readonly coverage?: Coverage;
  /** The templates evaluated, when the source was templates (for locations in source code). */
  readonly templates?: readonly Template[];
  /** Lines for stderr after the reports. */
  readonly notes?: readonly string[];
  /** Files the source read, which no report may be written over. */
  readonly readFiles?: readonly string[];
  /** `scan --compare-config-rules`: AWS Config's verdicts beside ours. */
  readonly configRules?: ConfigRuleComparison;
}

/**
 * The stages after evaluation, the same for every source: exceptions,
 * baseline, gate, render (every report written, or none), and the exit code:
 * 4 when a scope could not be read, else 1 when a result fails the gate, else 0.
 */
export function finishRun(plan: RunPlan, evaluated: Evaluated, io: IO): number {
  const { findings } = evaluated;
  reviewTemplateSuppressions(findings, { today: plan.today, strict: plan.strictSuppressions });
  const exceptionOutcomes = plan.exceptions
    ? applyExceptions(findings, plan.exceptions, plan.today, new Set(plan.rules.map((r) => r.id)))
    : undefined;
  const baseline = plan.previous ? applyBaseline(findings, plan.previous) : undefined;

  const run: RunReport = {
    findings,
    rules: plan.rules,
    inputs: evaluated.inputs,
    version: VERSION,
    now: io.now(),
    cwd: io.cwd,
    coverage: evaluated.coverage ?? COMPLETE,
    notEvaluated: plan.notEvaluated,
    sarifBase: plan.sarifBase,
    sourceSites:
      evaluated.templates && plan.outputs.some((o) => o.format === 'sarif') ? creationSites(evaluated.templates) : undefined,
    exceptions: plan.exceptions && exceptionOutcomes ? { file: plan.exceptions.file, entries: exceptionOutcomes } : undefined,
    baseline,
    gate: plan.gate,
    configRules: evaluated.configRules,
  };

  const readFiles = [
    ...(evaluated.readFiles ?? []),
    ...(plan.exceptions ? [plan.exceptions.file] : []),
    ...(plan.previous ? [plan.previous.file] : []),
  ];
  refuseInputsAsOutputs(plan.outputs, readFiles, io.cwd);
  const rendered = plan.outputs.map((p) => ({ ...p, body: render(p, run, { all: plan.all, quiet: plan.quiet }, io) }));
  writeAll(
    rendered.filter((r): r is typeof r & { file: string } => r.file !== undefined),
    io.cwd,
  );
  for (const r of rendered) if (r.file === undefined) io.out(r.body);

  for (const note of evaluated.notes ?? []) io.err(`palisade: ${note}\n`);
  for (const e of run.exceptions?.entries ?? []) {
    if (e.status !== 'applied') {
      io.err(
        escapeControl(
          `palisade: ${run.exceptions!.file}: exceptions[${e.index}]${e.line ? ` (line ${e.line})` : ''} ${e.rule} '${e.resource}' is ${e.status}: ${e.note}`,
        ) + '\n',
      );
    }
  }
  const failing = failingCount(findings, plan.gate);
  if (!rendered.some((r) => r.format === 'text' && r.file === undefined)) {
    io.err(`palisade: ${verdict(failing, plan.gate, run)}; wrote ${rendered.map((r) => r.file ?? 'stdout').join(', ')}\n`);
  }
  if (!run.coverage.complete) return EXIT.INCOMPLETE;
  return failing > 0 ? EXIT.FINDINGS : EXIT.OK;
}
