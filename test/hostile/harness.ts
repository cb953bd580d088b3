/**
 * Hostile-input tests run the built CLI in a scratch directory and hold it to
 * its promise: the exit code, exactly one line on stderr when it refuses, and
 * no file changed other than the reports it was asked to write.
 */
import { createHash } from 'crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { palisade, Ran } from '../cli/binary';

export { bundle, removeBundle } from '../cli/binary';

/** A bucket with nothing set: fails the S3 error rules, so a run that reads it exits 1. */
export const BUCKET = { Resources: { Data: { Type: 'AWS::S3::Bucket' } } };

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'palisade-hostile-'));
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, name: string, body: string | object | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body, null, 2));
  return path;
}

/** Every entry under dir, as kind and content digest (links by their target; FIFOs and devices are never opened). */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const rel = relative(dir, path);
      const s = lstatSync(path);
      if (s.isSymbolicLink()) out.set(rel, `link ${readlinkSync(path)}`);
      else if (s.isDirectory()) {
        out.set(rel, 'dir');
        walk(path);
      } else if (s.isFile()) out.set(rel, `file ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
      else out.set(rel, `special ${s.mode}`);
    }
  };
  walk(dir);
  return out;
}

/** The entries that differ between two snapshots (added, removed or changed). */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

export interface Outcome extends Ran {
  /** stderr split into lines, the trailing newline dropped. */
  readonly lines: string[];
  /** Entries of the scratch directory that the run added, removed or changed. */
  readonly changed: string[];
  readonly ms: number;
}

/** Runs `palisade …` in dir and reports what it did to dir. */
export function run(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Outcome {
  const before = snapshot(dir);
  const start = Date.now();
  const r = palisade(args, { cwd: dir, env });
  const ms = Date.now() - start;
  const lines = r.stderr === '' ? [] : r.stderr.replace(/\n$/, '').split('\n');
  return { ...r, lines, changed: changed(before, snapshot(dir)), ms };
}

/** A refusal: exit 2, one stderr line, nothing written. Returns the line. */
export function expectRefusal(o: Outcome, pattern: RegExp): string {
  expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
    code: 2,
    lines: [expect.stringMatching(pattern)],
    changed: [],
  });
  expect(o.stdout).toBe('');
  expect(o.lines[0]).toMatch(/^palisade: /);
  return o.lines[0];
}
