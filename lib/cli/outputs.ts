import { mkdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { InputError } from '../errors';

export const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputPlan {
  readonly format: Format;
  /** Undefined: standard output. */
  readonly file?: string;
}

const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** Commander collector for options that may be repeated or comma-separated. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/**
 * Where each format goes. `--format` picks formats (repeatable or comma-separated);
 * `--output FORMAT=FILE` sends one to a file (and picks it); a plain
 * `--output FILE` takes the one format that has no file. Whatever has no file
 * goes to stdout, and only one format may. Without `--format`, text goes to
 * stdout beside the files named by `--output FORMAT=FILE`.
 */
export function planOutputs(formats: readonly string[] | undefined, outputs: readonly string[] | undefined): OutputPlan[] {
  for (const f of formats ?? []) {
    if (!isFormat(f)) throw new InputError(`--format: unknown format '${f}' (use ${FORMATS.join(', ')})`);
  }
  const named = new Map<Format, string>();
  const plain: string[] = [];
  for (const o of outputs ?? []) {
    const m = /^([a-z]+)=(.+)$/.exec(o);
    if (m && isFormat(m[1])) {
      if (named.has(m[1]) && named.get(m[1]) !== m[2])
        throw new InputError(`--output: ${m[1]} is sent to two files (${named.get(m[1])}, ${m[2]})`);
      named.set(m[1], m[2]);
    } else if (m && !o.includes('/') && !o.includes('\\')) {
      throw new InputError(
        `--output: unknown format '${m[1]}' in '${o}' (use FORMAT=FILE with ${FORMATS.join(', ')}, or a plain FILE)`,
      );
    } else if (o.trim()) {
      plain.push(o);
    }
  }
  if (plain.length > 1)
    throw new InputError(`--output: several plain files (${plain.join(', ')}); name their formats with FORMAT=FILE`);

  const chosen: Format[] = [];
  const add = (f: Format) => !chosen.includes(f) && chosen.push(f);
  if (formats && formats.length) formats.forEach((f) => add(f as Format));
  else add('text');
  for (const f of named.keys()) add(f);

  const plan: OutputPlan[] = [];
  const unnamed = chosen.filter((f) => !named.has(f));
  if (plain.length) {
    // A plain file is for the one format nothing else names: `-f json -o report.json`, or text by default.
    const target = formats && formats.length ? unnamed : unnamed.filter((f) => f === 'text');
    if (target.length !== 1) {
      throw new InputError(
        `--output: '${plain[0]}' could be for ${target.join(' or ') || 'no format'}; write FORMAT=${plain[0]}`,
      );
    }
    named.set(target[0], plain[0]);
  }
  const toStdout = chosen.filter((f) => !named.has(f));
  if (toStdout.length > 1) {
    throw new InputError(
      `--format: ${toStdout.join(' and ')} would all go to stdout; send all but one to a file with --output FORMAT=FILE`,
    );
  }
  const files = new Map<string, Format>();
  for (const f of chosen) {
    const file = named.get(f);
    if (file !== undefined) {
      const key = resolve(file);
      if (files.has(key)) throw new InputError(`--output: ${files.get(key)} and ${f} are both sent to ${file}`);
      files.set(key, f);
    }
    plan.push({ format: f, file });
  }
  return plan;
}

/**
 * Writes every report or none: each goes to a temporary file beside its
 * target, and all are renamed into place only once all were written. A
 * failed run never leaves a partial or stale-looking report behind.
 */
export function writeAll(files: readonly { file: string; body: string }[], cwd: string): void {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const { file, body } of files) {
      const target = resolve(cwd, file);
      mkdirSync(dirname(target), { recursive: true });
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      temps.push({ temp, target });
      writeFileSync(temp, body);
    }
    for (const { temp, target } of temps) renameSync(temp, target);
  } catch (e) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.path) throw new InputError(`${err.path}: cannot write the report (${err.code})`);
    throw e;
  }
}
