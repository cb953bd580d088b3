import { CATALOGUE } from '../../../rules/catalogue';
import { acceptDrift } from '../../drift/accepted';
import { DriftFailOn, failsGate, jsonReport, outcome, RenderContext, sarifReport, textReport } from '../../drift/render';
import { DriftOptions, runDrift } from '../../drift/run';
import { Rule } from '../../engine/rule';
import { InputError } from '../../errors';
import { escapeControl } from '../../report/escape';
import { prepareRun, RunOptions } from '../../run/prepare';
import { ClientOptions } from '../../sources/config';
import { EXIT, IO } from '../io';
import { refuseInputsAsOutputs, writeAll } from '../outputs';
import { VERSION } from '../version';

export type DriftCommandOptions = DriftOptions &
  Pick<RunOptions, 'format' | 'output' | 'pack' | 'failOn' | 'exceptions' | 'check' | 'skipCheck' | 'rules'>;

/**
 * `palisade drift`: what runs against what was approved (intent, unmanaged,
 * missing), or two reports against each other (`--since`). Returns 0, 1 when
 * drift at or above --fail-on remains, 4 when the deployed side could not be
 * read whole; bad input throws an InputError (2) before anything is read.
 */
export async function drift(
  options: DriftCommandOptions,
  io: IO,
  catalogue: readonly Rule[] = CATALOGUE,
  clientConfig?: ClientOptions['clientConfig'],
): Promise<number> {
  const plan = prepareRun(options, io, catalogue);
  const failOn = plan.gate.failOn as DriftFailOn;
  if (!['error', 'warning', 'none'].includes(failOn))
    throw new InputError(`--fail-on: drift uses error, warning or none, not '${failOn}'`);
  const junit = plan.outputs.find((o) => o.format === 'junit');
  if (junit) throw new InputError('--format: drift writes text, json or sarif, not junit');

  const { report, readFiles } = await runDrift(options, plan.rules, io, clientConfig);
  const outcomes = plan.exceptions?.drift ? acceptDrift(report.drift, plan.exceptions.drift, plan.today) : undefined;
  const ctx: RenderContext = {
    report,
    failOn,
    version: VERSION,
    now: io.now(),
    cwd: io.cwd,
    exceptions: outcomes && plan.exceptions ? { file: plan.exceptions.file, entries: outcomes } : undefined,
  };
  refuseInputsAsOutputs(plan.outputs, [...readFiles, ...(plan.exceptions ? [plan.exceptions.file] : [])], io.cwd);
  const rendered = plan.outputs.map((o) => ({
    ...o,
    body: o.format === 'json' ? jsonReport(ctx) : o.format === 'sarif' ? sarifReport(ctx) : textReport(ctx),
  }));
  writeAll(
    rendered.filter((r): r is typeof r & { file: string } => r.file !== undefined),
    io.cwd,
  );
  for (const r of rendered) if (r.file === undefined) io.out(r.body);
  for (const e of outcomes ?? []) {
    if (e.status === 'applied') continue;
    const where = `${plan.exceptions!.file}: exceptions[${e.index}]${e.line ? ` (line ${e.line})` : ''}`;
    io.err(escapeControl(`palisade: ${where} ${e.drift} drift '${e.resource}' is ${e.status}: ${e.note}`) + '\n');
  }
  if (!rendered.some((r) => r.format === 'text' && r.file === undefined)) {
    io.err(`palisade: ${outcome(ctx)}; wrote ${rendered.map((r) => r.file ?? 'stdout').join(', ')}\n`);
  }
  if (!report.coverage.complete) return EXIT.INCOMPLETE;
  return report.drift.some((d) => failsGate(d, failOn)) ? EXIT.FINDINGS : EXIT.OK;
}

export const DRIFT_HELP = `
Examples:
  palisade drift --templates cdk.out --snapshot config-snapshot.json.gz
  palisade drift --templates cdk.out --region eu-west-2 --region eu-west-1
  palisade drift --templates cdk.out --aggregator org --region eu-west-2 --format json
  palisade drift --since last-week.json today.json

Kinds:
  intent     a deployed resource the compared rules judge otherwise than its template
  missing    declared in a template, not deployed (types the recorder records only)
  unmanaged  deployed, declared by no checked stack (AWS-created defaults left out)
  verdict    with --since: new, resolved and regressed results per rule and resource

Known drift: an exceptions entry with drift (intent | missing | unmanaged |
verdict), rule (intent and verdict only), resource, reason, owner and expires.

Exit codes: 0 no drift at or above --fail-on; 1 some; 2 bad input; 3 internal
error; 4 the deployed side could not be read whole.
`;
