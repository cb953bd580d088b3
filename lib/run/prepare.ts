import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import picomatch from 'picomatch';
import { rulesOfPack } from '../../rules/catalogue';
import { PACKS, PackId } from '../../rules/frameworks';
import { IO } from '../cli/io';
import { OutputPlan, planOutputs } from '../cli/outputs';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';
import { exceptionKey, parseBaseline, PreviousReport } from '../policy-gates/baseline';
import { DEFAULT_EXCEPTIONS_FILE, ExceptionsFile, isExpired, isoDay, parseExceptions } from '../policy-gates/exceptions';
import { loadProjectConfig, ProjectConfig } from './config-file';
import { readInput } from './input-files';
import { FAIL_ON, FailOn, GateOptions, NotEvaluated } from './report';
import { loadRuleModules } from './rule-modules';

/** The options every evaluating command shares (`check`, `scan`), as commander hands them over. */
export interface RunOptions {
  /** Formats, from repeated or comma-separated --format. */
  readonly format?: string[];
  /** FORMAT=FILE or FILE, from repeated --output. */
  readonly output?: string[];
  readonly pack?: string;
  readonly failOn?: string;
  readonly failOnNew?: boolean;
  readonly baseline?: string;
  /** A file, or false for --no-exceptions. */
  readonly exceptions?: string | false;
  readonly all?: boolean;
  /** text: only what fails the gate (with a baseline, only new results). */
  readonly quiet?: boolean;
  /** Rule ids or globs to evaluate, alone (--check). */
  readonly check?: string[];
  /** Rule ids or globs to leave out (--skip-check). */
  readonly skipCheck?: string[];
  /** Modules of a team's own rules (--rules). */
  readonly rules?: string[];
  /** SARIF URIs are relative to this directory (default: the git checkout's top level). */
  readonly sarifBase?: string;
  /** Honour only suppressions with an owner and an expiry date (template ones without them are reported, not applied). */
  readonly strictSuppressions?: boolean;
}

/** A run with every user input read and checked, before any resource is. */
export interface RunPlan {
  readonly outputs: readonly OutputPlan[];
  /** The rules to evaluate. */
  readonly rules: readonly Rule[];
  readonly gate: GateOptions;
  /** YYYY-MM-DD (UTC): the day exceptions are judged by. */
  readonly today: string;
  readonly exceptions?: ExceptionsFile;
  readonly previous?: PreviousReport;
  readonly all?: boolean;
  readonly quiet?: boolean;
  /** Rules of the pack this run leaves out, and why. */
  readonly notEvaluated: readonly NotEvaluated[];
  /** Absolute directory SARIF URIs are relative to. */
  readonly sarifBase: string;
  readonly strictSuppressions?: boolean;
}

/**
 * Checks everything the user gave (formats, pack, gate, exceptions file,
 * baseline) so that bad input stops the run before anything is read or
 * evaluated. The catalogue is a parameter so that tests can use rules of their own.
 */
export function prepareRun(flags: RunOptions, io: IO, catalogue: readonly Rule[]): RunPlan {
  const options = withProjectConfig(flags, loadProjectConfig(io.cwd));
  const outputs = planOutputs(options.format, options.output);
  const pack = options.pack ?? 'all';
  if (!Object.hasOwn(PACKS, pack)) throw new InputError(`--pack: unknown pack '${pack}' (use ${Object.keys(PACKS).join(', ')})`);
  const failOn = (options.failOn ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`--fail-on: unknown level '${options.failOn}' (use ${FAIL_ON.join(', ')})`);
  if (options.failOnNew && !options.baseline)
    throw new InputError('--fail-on-new: needs --baseline FILE (a previous `palisade check --format json` report)');

  const all = [...catalogue, ...loadRuleModules(options.rules ?? [], io.cwd, catalogue)];
  const { rules, notEvaluated } = selectRules(rulesOfPack(pack as PackId, all), all, pack, options);
  const today = isoDay(io.now());
  const exceptions = loadExceptions(options.exceptions, io, all);
  const previous = options.baseline ? parseBaseline(readInput(options.baseline, 'baseline'), options.baseline) : undefined;
  if (exceptions && previous) refuseBackdatedExceptions(exceptions, previous, today);
  return {
    outputs,
    rules,
    gate: { failOn, failOnNew: options.failOnNew },
    today,
    exceptions,
    previous,
    all: options.all,
    quiet: options.quiet,
    notEvaluated,
    sarifBase: options.sarifBase ? resolve(io.cwd, options.sarifBase) : (checkoutRoot(io.cwd) ?? io.cwd),
    strictSuppressions: options.strictSuppressions,
  };
}

/** Flags win over palisade.config.yaml; the file fills in what was not given. */
function withProjectConfig(flags: RunOptions, config: ProjectConfig | undefined): RunOptions {
  if (!config) return flags;
  return {
    ...flags,
    pack: flags.pack ?? config.pack,
    failOn: flags.failOn ?? config.failOn,
    rules: flags.rules ?? (config.rules ? [...config.rules] : undefined),
    exceptions: flags.exceptions ?? config.exceptions,
    sarifBase: flags.sarifBase ?? config.sarifBase,
  };
}

/**
 * --check and --skip-check over the pack's rules. A pattern that names no rule
 * is a mistake, not an empty run; what is left out is listed in every report.
 */
function selectRules(
  pack: readonly Rule[],
  all: readonly Rule[],
  packName: string,
  options: RunOptions,
): { rules: Rule[]; notEvaluated: NotEvaluated[] } {
  const matcher = (flag: string, patterns: readonly string[]) =>
    patterns.map((p) => {
      const id = p.replace(/^Palisade-/, '');
      const glob = picomatch(id);
      const test = (r: Rule) => r.id === id || glob(r.id);
      if (!all.some(test)) throw new InputError(`${flag}: no rule matches '${p}' (\`palisade rules\` lists them)`);
      if (!pack.some(test)) throw new InputError(`${flag}: '${p}' is not in the pack '${packName}'`);
      return test;
    });
  const only = options.check?.length ? matcher('--check', options.check) : undefined;
  const skip = options.skipCheck?.length ? matcher('--skip-check', options.skipCheck) : [];
  const rules: Rule[] = [];
  const notEvaluated: NotEvaluated[] = [];
  for (const r of pack) {
    if (skip.some((t) => t(r))) notEvaluated.push({ ruleId: r.id, reason: 'skipped with --skip-check' });
    else if (only && !only.some((t) => t(r))) notEvaluated.push({ ruleId: r.id, reason: 'not selected by --check' });
    else rules.push(r);
  }
  return { rules, notEvaluated };
}

/** The top of the git checkout holding `dir` (a `.git` directory, or the `.git` file of a worktree), found without running git. */
export function checkoutRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
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
