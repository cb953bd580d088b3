/** Builds the CLI bundle once per test process and runs it as a user would: `node palisade.js …`. */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';

export const ROOT = resolve(__dirname, '../..');
export const FIXTURES = join(__dirname, 'fixtures');

let built: string | undefined;

/**
 * A fresh bundle of the current sources, built by the same script as
 * `npm run build`, into a directory of this test process (so that parallel
 * test files never overwrite each other's binary).
 */
export function bundle(): string {
  if (!built) {
    const out = join(mkdtempSync(join(tmpdir(), 'palisade-bin-')), 'palisade.js');
    const r = spawnSync(process.execPath, ['scripts/bundle.js', out], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundling failed:\n${r.stderr}`);
    built = out;
  }
  return built;
}

/** Removes this test file's bundle (call from afterAll). */
export function removeBundle(): void {
  if (built) rmSync(dirname(built), { recursive: true, force: true });
  built = undefined;
}

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function palisade(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): Ran {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bundle(), ...args], {
    cwd: options.cwd ?? FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
