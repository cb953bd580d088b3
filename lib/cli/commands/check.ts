import { existsSync } from 'fs';
import { join } from 'path';
import { CATALOGUE, rulesOfPack } from '../../../rules/catalogue';
import { PACKS, PackId } from '../../../rules/frameworks';
import { evaluate } from '../../engine/evaluate';
import { Template } from '../../engine/model';
import { Rule } from '../../engine/rule';
import { InputError } from '../../errors';
import { applyBaseline, exceptionKey, parseBaseline, PreviousReport } from '../../policy-gates/baseline';
import {
  applyExceptions,
  DEFAULT_EXCEPTIONS_FILE,
  ExceptionsFile,
  isExpired,
  isoDay,
  parseExceptions,
} from '../../policy-gates/exceptions';
import { FAIL_ON, FailOn, failingCount } from '../../policy-gates/gate';
import { reviewTemplateSuppressions } from '../../policy-gates/template-suppressions';
import { escapeControl } from '../../report/escape';
import { jsonReport, sha256 } from '../../report/json';
import { junitReport } from '../../report/junit';
import { ReportedFinding, RunReport } from '../../report/run';
import { sarifReport } from '../../report/sarif';
import { textReport } from '../../report/text';
import { discoverTemplates } from '../../sources/template/discover';
import { readRegularFile } from '../../sources/template/read-file';
import { inputFilesOf, readInput, requireTemplates } from '../input-files';
import { EXIT, IO } from '../io';
import { Format, OutputPlan, planOutputs, refuseInputsAsOutputs, writeAll } from '../outputs';
import { Progress } from '../progress';
import { VERSION } from '../version';

export interface CheckOptions {
  /** Formats, from repeated or comma-separated --format. */
  readonly format?: string[];
  /** FORMAT=FILE or FILE, from repeated --output. */
  readonly output?: string[];
  readonly pack: string;
  readonly failOn?: string;
  readonly failOnNew?: boolean;
  readonly baseline?: string;
  /** A file, or false for --no-exceptions. */
  readonly exceptions?: string | false;
  readonly all?: boolean;
  readonly parameterDefaults?: boolean;
  /** In scanned directories, pass over templates that cannot be parsed (each named on stderr and in the report). */
  readonly skipInvalid?: boolean;
  /** Honour only suppressions with an owner and an expiry date (template ones without them are reported, not applied). */
  readonly strictSuppressions?: boolean;
}

/**
 * `palisade check <paths…>`: evaluate templates and cloud assemblies, apply the
 * exceptions file and the baseline, write every requested report, and return
 * 0 (nothing at or above --fail-on), 1 (something is) or throw an InputError (2).
 * Everything the user gave is checked before any template is read. The
 * catalogue is a parameter so that tests can run on rules of their own.
 */
export function check(paths: string[], options: CheckOptions, io: IO, catalogue: readonly Rule[] = CATALOGUE): number {
  const plan = planOutputs(options.format, options.output);
  if (!Object.hasOwn(PACKS, options.pack))
    throw new InputError(`--pack: unknown pack '${options.pack}' (use ${Object.keys(PACKS).join(', ')})`);
  const failOn = (options.failOn ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`--fail-on: unknown level '${options.failOn}' (use ${FAIL_ON.join(', ')})`);
  if (options.failOnNew && !options.baseline)
    throw new InputError('--fail-on-new: needs --baseline FILE (a previous `palisade check --format json` report)');
  if (paths.length === 0) throw new InputError('check: name at least one template, directory or cdk.out');

  const today = isoDay(io.now());
  const exceptions = loadExceptions(options.exceptions, io, catalogue);
  const previous = options.baseline ? parseBaseline(readInput(options.baseline, 'baseline'), options.baseline) : undefined;
  if (exceptions && previous) refuseBackdatedExceptions(exceptions, previous, today);

  const progress = new Progress(io);
  const templates: Template[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  paths.forEach((path, i) => {
    progress.update(`reading ${path} (${i + 1}/${paths.length})`, true);
    const found = discoverTemplates([path]);
    templates.push(...found.templates);
    skipped.push(...found.skipped);
    problems.push(...found.problems);
    for (const note of found.notes ?? []) io.err(`palisade: ${note}\n`);
  });
  if (problems.length && !options.skipInvalid) {
    progress.done();
    // A report that silently left out a template would pass what it never read.
    throw new InputError(problems.join('\n'));
  }
  // Asked for: the unreadable templates are named, never silently dropped.
  for (const p of problems) io.err(`palisade: passed over (--skip-invalid): ${p}\n`);
  requireTemplates(templates, paths, problems);

  const rules = rulesOfPack(options.pack as PackId, catalogue);
  const findings: ReportedFinding[] = evaluate(rules, templates, {
    parameterDefaults: options.parameterDefaults,
    onTemplate: (done, total) => progress.update(`checked ${done}/${total} stacks`),
  });
  progress.done();

  reviewTemplateSuppressions(findings, { today, strict: options.strictSuppressions });
  const exceptionOutcomes = exceptions
    ? applyExceptions(findings, exceptions, today, new Set(rules.map((r) => r.id)))
    : undefined;
  const baseline = previous ? applyBaseline(findings, previous) : undefined;

  const gate = { failOn, failOnNew: options.failOnNew };
  const run: RunReport = {
    findings,
    rules,
    inputs: [...inputsOf(templates), ...problems.map(unreadable)],
    version: VERSION,
    now: io.now(),
    cwd: io.cwd,
    exceptions: exceptions && exceptionOutcomes ? { file: exceptions.file, entries: exceptionOutcomes } : undefined,
    baseline,
    gate,
  };

  refuseInputsAsOutputs(plan, inputFilesOf(paths, templates, exceptions?.file, options.baseline), io.cwd);
  const rendered = plan.map((p) => ({ ...p, body: render(p, run, options, io) }));
  writeAll(
    rendered.filter((r): r is typeof r & { file: string } => r.file !== undefined),
    io.cwd,
  );
  for (const r of rendered) if (r.file === undefined) io.out(r.body);

  if (skipped.length) io.err(`palisade: passed over ${skipped.length} file(s) that are not CloudFormation templates\n`);
  for (const e of run.exceptions?.entries ?? []) {
    if (e.status !== 'applied') {
      io.err(
        escapeControl(
          `palisade: ${run.exceptions!.file}: exceptions[${e.index}]${e.line ? ` (line ${e.line})` : ''} ${e.rule} '${e.resource}' is ${e.status}: ${e.note}`,
        ) + '\n',
      );
    }
  }
  const failing = failingCount(findings, gate);
  if (!rendered.some((r) => r.format === 'text' && r.file === undefined)) {
    io.err(`palisade: ${verdict(failing, gate)}; wrote ${rendered.map((r) => r.file ?? 'stdout').join(', ')}\n`);
  }
  return failing > 0 ? EXIT.FINDINGS : EXIT.OK;
}

function render(plan: OutputPlan, run: RunReport, options: CheckOptions, io: IO): string {
  const format: Format = plan.format;
  switch (format) {
    case 'json':
      return jsonReport(run);
    case 'sarif':
      return sarifReport(run, { all: options.all });
    case 'junit':
      return junitReport(run);
    case 'text':
      return (
        textReport(run.findings, { colour: Boolean(io.colour) && plan.file === undefined, all: options.all }, run) +
        `${verdict(failingCount(run.findings, run.gate), run.gate)}\n`
      );
  }
}

export function verdict(failing: number, gate: { failOn: FailOn; failOnNew?: boolean }): string {
  const scope = `${gate.failOnNew ? 'new ' : ''}result(s) at or above --fail-on ${gate.failOn}`;
  if (gate.failOn === 'none') return 'passed: --fail-on none';
  return failing > 0 ? `failed: ${failing} ${scope}` : `passed: no ${scope}`;
}

function loadExceptions(option: string | false | undefined, io: IO, catalogue: readonly Rule[]): ExceptionsFile | undefined {
  if (option === false) return undefined;
  // The default file is named as users see it in their working directory.
  const [path, name] = option === undefined ? [join(io.cwd, DEFAULT_EXCEPTIONS_FILE), DEFAULT_EXCEPTIONS_FILE] : [option, option];
  if (option === undefined && !existsSync(path)) return undefined;
  return parseExceptions(readInput(path, 'exceptions file', name), name, new Set(catalogue.map((r) => r.id)));
}

/**
 * A past expiry date normally just means the exception has expired. But when
 * the previous report shows the entry did not exist then, it was written
 * already expired: a mistake (or a way to look excepted), so it is refused.
 * Without a baseline that records exceptions, nothing tells new from old.
 */
function refuseBackdatedExceptions(exceptions: ExceptionsFile, previous: PreviousReport, today: string): void {
  if (!previous.exceptions) return;
  const problems = exceptions.entries
    .filter((e) => isExpired(e, today) && !previous.exceptions!.has(exceptionKey(e.rule, e.resource)))
    .map(
      (e) =>
        `${exceptions.file}: exceptions[${e.index}]${e.line ? ` (line ${e.line})` : ''}: expires: ${e.expires} is already past for an exception that is new since the baseline ${previous.file}`,
    );
  if (problems.length) throw new InputError(problems.join('\n'));
}

/** A template passed over with --skip-invalid, as an input of the report: `path: problem`. */
function unreadable(problem: string): RunReport['inputs'][number] {
  const at = problem.indexOf(': ');
  return at < 0 ? { path: problem, error: problem } : { path: problem.slice(0, at), error: problem.slice(at + 2) };
}

function inputsOf(templates: readonly Template[]): RunReport['inputs'] {
  const seen = new Set<string>();
  const inputs: RunReport['inputs'] = [];
  for (const t of templates) {
    if (seen.has(t.file)) continue;
    seen.add(t.file);
    inputs.push({ path: t.file, sha256: sha256(readRegularFile(t.file, { what: 'template', limit: Infinity })) });
  }
  return inputs;
}
