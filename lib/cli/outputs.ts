import { randomBytes } from 'crypto';
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, Stats, statSync, writeSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { InputError } from '../errors';
import { escapeControl } from '../report/escape';

export const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputPlan {
  readonly format: Format;
  /** Undefined: standard output. */
  readonly file?: string;
}

const STDOUT = '-';

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
    const empty = /^([a-z]+)=\s*$/.exec(o);
    if (empty) {
      throw new InputError(
        `--output: '${escapeControl(o)}' names no file; write --output ${empty[1]}=FILE (or ${empty[1]}=- for stdout)`,
      );
    }
    if (isFormat(o)) {
      // Almost always meant as a format, not a file called `sarif` in the working directory.
      throw new InputError(
        `--output: '${o}' is a format name, not a file; write --output ${o}=FILE, or --format ${o} for stdout`,
      );
    }
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
  // `-` is standard output, as in most tools.
  for (const [f, file] of named) if (file === STDOUT) named.delete(f);
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
 * Refuses an output that would overwrite a file this run reads (a template,
 * the exceptions file, the baseline), by path and, for files that exist, by
 * identity, so that a link or another spelling of the path is caught too.
 */
export function refuseInputsAsOutputs(plan: readonly OutputPlan[], inputs: readonly string[], cwd: string): void {
  const byPath = new Map<string, string>();
  const byIdentity = new Map<string, string>();
  for (const input of inputs) {
    const path = resolve(cwd, input);
    byPath.set(path, input);
    const id = identity(path);
    if (id) byIdentity.set(id, input);
  }
  for (const { file } of plan) {
    if (file === undefined) continue;
    const path = resolve(cwd, file);
    const input = byPath.get(path) ?? byIdentity.get(identity(path) ?? '');
    if (input !== undefined) {
      throw new InputError(
        `--output: ${escapeControl(file)} is also an input of this run (${escapeControl(input)}); write the report to another file`,
      );
    }
  }
}

function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

const WHY: Record<string, string> = {
  EEXIST: 'a part of its path is a file, not a directory',
  ENOTDIR: 'a part of its path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
};

/** Temporaries not yet renamed, removed if the run is interrupted. */
const pending = new Set<string>();
let signalsHandled = false;

/**
 * Removes the temporaries on SIGINT/SIGTERM, then dies of the same signal.
 * Writing is synchronous, so the handler runs only between writes: reports
 * are then either all in place or none are, and no temporary is left behind.
 */
function cleanUpOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      pending.clear();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes every report or none: each goes to a temporary file beside its
 * target, and all are renamed into place only once all were written. A
 * temporary has an unpredictable name and is created exclusively (a link
 * planted under its name makes the write fail rather than be followed); a
 * target that exists must be a regular file (not a directory, FIFO, device or
 * symbolic link). Errors name the target, never the temporary.
 */
export function writeAll(files: readonly { file: string; body: string }[], cwd: string): void {
  cleanUpOnSignals();
  const targets = files.map(({ file, body }) => ({ name: file, target: resolve(cwd, file), body }));
  for (const { name, target } of targets) refuseIrregularTarget(name, target);
  const temps: { temp: string; target: string; name: string }[] = [];
  let current = '';
  try {
    for (const { name, target, body } of targets) {
      current = name;
      mkdirSync(dirname(target), { recursive: true });
      const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
      const fd = openSync(temp, 'wx', 0o666);
      pending.add(temp);
      temps.push({ temp, target, name });
      try {
        const bytes = Buffer.from(body, 'utf8');
        for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      } finally {
        closeSync(fd);
      }
    }
    // Checked again just before the renames: a target replaced by a link meanwhile is refused, not followed.
    for (const { name, target } of temps) refuseIrregularTarget(name, target);
    for (const { temp, target, name } of temps) {
      current = name;
      renameSync(temp, target);
      pending.delete(temp);
    }
  } catch (e) {
    for (const { temp } of temps) {
      rmSync(temp, { force: true });
      pending.delete(temp);
    }
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new InputError(`${escapeControl(current)}: cannot write the report (${WHY[code] ?? code})`);
    throw e;
  }
}

function refuseIrregularTarget(name: string, target: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(target);
  } catch {
    return; // nothing there yet
  }
  if (stat.isFile()) return;
  const what = stat.isSymbolicLink()
    ? 'a symbolic link'
    : stat.isDirectory()
      ? 'a directory'
      : stat.isFIFO()
        ? 'a FIFO'
        : stat.isSocket()
          ? 'a socket'
          : 'a device';
  throw new InputError(
    `${escapeControl(name)}: is ${what}, not a regular file; a report only replaces a regular file (use - for stdout)`,
  );
}
