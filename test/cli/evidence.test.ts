/** `palisade evidence` and `evidence verify` through the built binary: exit codes and one-line errors. */
import { appendFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runtimeReport, synthReport, writeReports } from '../evidence/sample';
import { palisade, removeBundle } from './binary';

const dirs: string[] = [];
afterAll(() => {
  removeBundle();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function workdir(extra: Record<string, unknown> = {}) {
  const { dir } = writeReports({ 'synth.json': synthReport(), 'scan.json': runtimeReport(), ...extra });
  dirs.push(dir);
  return dir;
}

it('writes the pack, verifies it, and fails verification naming the edited file', () => {
  const cwd = workdir();
  const made = palisade(['evidence', 'synth.json', 'scan.json', '--output', 'pack'], { cwd });
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  expect(made.stdout).toMatch(
    /^palisade: wrote the evidence pack pack\/ \(assessment-results\.json, index\.html, manifest\.json, results\.csv; \d+ KB\) in \d+\.\d s\n/,
  );
  expect(palisade(['evidence', 'verify', 'pack'], { cwd })).toMatchObject({
    code: 0,
    stdout: 'palisade: pack: 3 files match manifest.json; not signed\n',
  });
  appendFileSync(join(cwd, 'pack', 'index.html'), ' ');
  expect(palisade(['evidence', 'verify', 'pack'], { cwd })).toMatchObject({
    code: 1,
    stderr: 'palisade: pack: verification failed: index.html: SHA-256 differs from the manifest\n',
  });
});

it.each([
  [
    'malformed findings JSON',
    { 'bad.json': '{"tool": ' },
    ['bad.json', '--output', 'pack'],
    /^palisade: bad\.json: not valid JSON \(.+\)\n$/,
  ],
  [
    'an unknown control id',
    {
      'bad.json': {
        ...synthReport(),
        results: [{ ...(synthReport().results as object[])[0], controls: { cyberEssentials: ['patching'] } }],
      },
    },
    ['bad.json', '--output', 'pack'],
    /^palisade: bad\.json: results\[0\]: controls\.cyberEssentials: unknown control id 'patching'\n$/,
  ],
  [
    'a malformed attestation',
    { 'evidence.yaml': 'attestations:\n  - control: IF-3\n    statement: done\n' },
    ['synth.json', '--attestations', 'evidence.yaml', '--output', 'pack'],
    /^palisade: evidence\.yaml: attestations\[0\] \(line 2\): owner: is required\npalisade: evidence\.yaml: attestations\[0\] \(line 2\): date: is required\n$/,
  ],
  ['a missing --output', {}, ['synth.json'], /^palisade: evidence: --output DIR is required/],
  [
    'a findings file that does not exist',
    {},
    ['nope.json', '--output', 'pack'],
    /^palisade: nope\.json: findings report does not exist\n$/,
  ],
])('exits 2 on %s, in one line per problem, writing nothing', (_what, files, args, stderr) => {
  const cwd = workdir(files);
  const r = palisade(['evidence', ...args], { cwd });
  expect(r.stderr).toMatch(stderr);
  expect(r.code).toBe(2);
  expect(existsSync(join(cwd, 'pack'))).toBe(false);
  expect(readdirSync(cwd).filter((f) => f.includes('partial'))).toEqual([]);
});

it('exits 2 when verify is not given a directory', () => {
  const cwd = workdir();
  writeFileSync(join(cwd, 'file'), '');
  expect(palisade(['evidence', 'verify', 'file'], { cwd })).toMatchObject({
    code: 2,
    stderr: 'palisade: file: not a directory\n',
  });
});
