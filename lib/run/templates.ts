import { IO } from '../cli/io';
import { Progress } from '../cli/progress';
import { evaluate } from '../engine/evaluate';
import { Template } from '../engine/model';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';
import { sha256 } from '../report/json';
import { discoverTemplates } from '../sources/template/discover';
import { readRegularFile } from '../sources/template/read-file';
import { Evaluated } from './finish';
import { inputFilesOf, requireTemplates } from './input-files';
import { ReportInput } from './report';

export interface TemplateSourceOptions {
  readonly parameterDefaults?: boolean;
  /** The account and region plain templates deploy to, where nothing else says (a cloud assembly's environment wins). */
  readonly account?: string;
  readonly region?: string;
  /** In scanned directories, pass over templates that cannot be parsed (each named on stderr and in the report). */
  readonly skipInvalid?: boolean;
}

/** Templates as read from the paths a user named, before any rule runs. */
export interface LoadedTemplates {
  readonly templates: Template[];
  /** The files read (and any passed over with --skip-invalid), as inputs of the report. */
  readonly inputs: ReportInput[];
  /** Files read, which no report may be written over. */
  readonly readFiles: string[];
  readonly notes: string[];
}

/**
 * The discover and evaluate stages for templates and cloud assemblies: every
 * path is read before any rule runs, and a template that cannot be read stops
 * the run (exit 2) unless --skip-invalid asked to pass over it, by name.
 */
export function evaluateTemplates(
  paths: readonly string[],
  rules: readonly Rule[],
  options: TemplateSourceOptions,
  io: IO,
): Evaluated {
  const { templates, inputs, readFiles, notes } = loadTemplates(paths, options, io);
  const progress = new Progress(io);
  const findings = evaluate(rules, templates, {
    parameterDefaults: options.parameterDefaults,
    onTemplate: (done, total) => progress.update(`checked ${done}/${total} stacks`),
  });
  progress.done();
  return { findings, inputs, templates, readFiles, notes };
}

/**
 * Reads templates and cloud assemblies as `check` and `drift` do (the discover
 * stage): a template that cannot be read stops the run (exit 2) unless
 * --skip-invalid asked to pass over it, by name.
 */
export function loadTemplates(paths: readonly string[], options: TemplateSourceOptions, io: IO): LoadedTemplates {
  const progress = new Progress(io);
  const templates: Template[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  paths.forEach((path, i) => {
    progress.update(`reading ${path} (${i + 1}/${paths.length})`, true);
    const found = discoverTemplates([path]);
    templates.push(...found.templates.map((t) => boundTo(t, options)));
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
  progress.done();
  return {
    templates,
    inputs: [...inputsOf(templates), ...problems.map(unreadable)],
    readFiles: inputFilesOf(paths, templates),
    notes: skipped.length ? [`passed over ${skipped.length} file(s) that are not CloudFormation templates`] : [],
  };
}

/** A template passed over with --skip-invalid, as an input of the report: `path: problem`. */
function unreadable(problem: string): ReportInput {
  const at = problem.indexOf(': ');
  return at < 0 ? { path: problem, error: problem } : { path: problem.slice(0, at), error: problem.slice(at + 2) };
}

function inputsOf(templates: readonly Template[]): ReportInput[] {
  const seen = new Set<string>();
  const inputs: ReportInput[] = [];
  for (const t of templates) {
    if (seen.has(t.file)) continue;
    seen.add(t.file);
    inputs.push({ path: t.file, sha256: sha256(readRegularFile(t.file, { what: 'template', limit: Infinity })) });
  }
  return inputs;
}

/** A template bound to the --account and --region given, for what its own source leaves open. */
function boundTo(t: Template, { account, region }: TemplateSourceOptions): Template {
  if ((account === undefined || t.account !== undefined) && (region === undefined || t.region !== undefined)) return t;
  return { ...t, account: t.account ?? account, region: t.region ?? region };
}
