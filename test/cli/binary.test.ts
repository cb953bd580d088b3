/**
 * The built CLI, run as a user (or CI) runs it: exit codes, one-line errors,
 * reports on disk, and a bundle that never loads aws-cdk-lib.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseJunit } from '../report/junit-parse';
import { sarifErrors } from '../report/sarif-schema';
import { FIXTURES, ROOT, bundle, palisade, removeBundle } from './binary';

// Child processes on a 2-core machine shared with other work.
jest.setTimeout(120_000);

let work: string;
beforeAll(() => {
  bundle();
});
afterAll(removeBundle);
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'palisade-bin-test-'));
  cpSync(FIXTURES, work, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the bundle', () => {
  it('requires no CDK library', () => {
    const text = readFileSync(bundle(), 'utf8');
    expect(text).not.toMatch(/require\(["'](aws-cdk-lib|cdk-nag|constructs)(\/[^"']*)?["']\)/);
  });

  it('answers --help, and check never loads aws-cdk-lib, cdk-nag or constructs', () => {
    const hook = join(work, 'forbid-cdk.js');
    writeFileSync(
      hook,
      `const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(aws-cdk-lib|cdk-nag|constructs)(\\/|$)/.test(request)) throw new Error('loaded ' + request);
  return resolve.call(this, request, ...rest);
};`,
    );
    const help = palisade(['--help'], { nodeArgs: ['-r', hook], cwd: work });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: palisade');
    expect(help.stdout).toContain('check [options] <paths...>');
    const run = palisade(['check', 'templates', '--fail-on', 'none'], { nodeArgs: ['-r', hook], cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('documents formats, exceptions and exit codes in check --help', () => {
    const help = palisade(['check', '--help']);
    expect(help.code).toBe(0);
    for (const text of [
      '--format',
      '--output',
      '--fail-on',
      '--fail-on-new',
      '--baseline',
      '--exceptions',
      'Exit codes:',
      '2  bad input or usage',
    ]) {
      expect(help.stdout).toContain(text);
    }
  });

  it('is what npm run build leaves in dist/ (built here when missing)', () => {
    const dist = join(ROOT, 'dist/palisade.js');
    if (!existsSync(dist)) {
      const r = spawnSync(process.execPath, ['scripts/bundle.js'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
    }
    const r = spawnSync(process.execPath, [dist, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('palisade check', () => {
  it('exits 1 on an error-severity violation and names file, line and construct path', () => {
    const ran = palisade(['check', 'templates', '--format', 'json'], { cwd: work });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^palisade: failed: \d+ result\(s\) at or above --fail-on error; wrote stdout\n$/);
    const report = JSON.parse(ran.stdout);
    const logs = report.results.find(
      (r: { ruleId: string; resource: { logicalId: string } }) =>
        r.ruleId === 'S3BucketSslRequestsOnly' && r.resource.logicalId === 'Logs',
    );
    expect(logs).toMatchObject({
      status: 'NON_COMPLIANT',
      severity: 'error',
      resource: { stack: 'web', template: 'templates/web.template.json', line: 7, constructPath: 'Web/Logs/Resource' },
    });
    const uploads = report.results.find(
      (r: { ruleId: string; resource: { logicalId: string } }) =>
        r.ruleId === 'S3BucketSslRequestsOnly' && r.resource.logicalId === 'Uploads',
    );
    expect(uploads.status).toBe('INSUFFICIENT_DATA');
    const vpc = report.results.find((r: { resource: { logicalId: string } }) => r.resource.logicalId === 'AdminAccess');
    expect(vpc.resource).toMatchObject({ template: 'templates/network.yaml', line: 8 });
  });

  it('writes text, SARIF and JUnit in one run, quietly', () => {
    const ran = palisade(['check', 'templates', '--output', 'sarif=out/palisade.sarif', '--output', 'junit=out/palisade.xml'], {
      cwd: work,
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toMatch(/^web {2}templates\/web\.template\.json/m);
    expect(ran.stdout).toMatch(/failed: \d+ result\(s\) at or above --fail-on error\n$/);
    expect(ran.stdout).not.toMatch(/\u001b\[/);
    const sarif = JSON.parse(readFileSync(join(work, 'out/palisade.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    const logs = sarif.runs[0].results.find(
      (r: { ruleId: string; locations: { logicalLocations: { name: string }[] }[] }) =>
        r.ruleId === 'S3BucketSslRequestsOnly' && r.locations[0].logicalLocations[0].name === 'Logs',
    );
    // Outside a git checkout, URIs are relative to the working directory.
    expect(logs.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'templates/web.template.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 },
    });
    const junit = parseJunit(readFileSync(join(work, 'out/palisade.xml'), 'utf8'));
    expect(junit.testsuite!.map((s) => s.name).sort()).toEqual(['network', 'web']);
    const web = junit.testsuite!.find((s) => s.name === 'web')!;
    expect(web.testcase!.find((c) => /^S3BucketSslRequestsOnly (\S+\/)?Logs(\/|$)/.test(c.name!))!.failure![0].type).toBe(
      'NON_COMPLIANT',
    );
    expect(
      web.testcase!.find((c) => /^S3BucketSslRequestsOnly (\S+\/)?Uploads(\/|$)/.test(c.name!))!.skipped![0].message,
    ).toMatch(/^INSUFFICIENT_DATA/);
  });

  it('exits 0 when everything that failed before is in the baseline, with --fail-on-new', () => {
    expect(palisade(['check', 'templates', '-f', 'json', '-o', 'previous.json', '--fail-on', 'none'], { cwd: work }).code).toBe(
      0,
    );
    const ran = palisade(['check', 'templates', '--baseline', 'previous.json', '--fail-on-new'], { cwd: work });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/baseline previous\.json: 0 new, \d+ existing, 0 resolved/);
  });

  it('honours the exceptions file in the working directory', () => {
    writeFileSync(
      join(work, 'palisade.exceptions.yaml'),
      'exceptions:\n  - rule: S3BucketSslRequestsOnly\n    resource: Web/Logs/*\n    reason: access logs only, written by the ALB\n    owner: platform-team\n    expires: 2099-12-31\n',
    );
    const ran = palisade(['check', 'templates/web.template.json', '-f', 'json'], { cwd: work });
    const report = JSON.parse(ran.stdout);
    const logs = report.results.find(
      (r: { ruleId: string; resource: { logicalId: string } }) =>
        r.ruleId === 'S3BucketSslRequestsOnly' && r.resource.logicalId === 'Logs',
    );
    expect(logs.suppression).toEqual({
      reason: 'access logs only, written by the ALB',
      owner: 'platform-team',
      expires: '2099-12-31',
      source: 'exceptions-file',
    });
    expect(report.exceptions.entries[0].status).toBe('applied');
  });
});

describe('bad input: one line naming the file, exit 2, no report left behind', () => {
  const EXCEPTION = (fields: string) => `exceptions:\n  - rule: S3BucketSslRequestsOnly\n    resource: Logs\n${fields}`;

  it.each<[string, string[], RegExp, (dir: string) => void]>([
    ['a missing path', ['check', 'nope.json'], /^palisade: nope\.json: no such file or directory$/, () => undefined],
    [
      'a cdk.out without a manifest',
      ['check', 'broken/cdk.out'],
      /^palisade: broken\/cdk\.out: looks like a CDK cloud assembly but has no manifest\.json/,
      // Made here: git ignores cdk.out directories, so none can be checked in.
      (dir) => {
        mkdirSync(join(dir, 'broken/cdk.out'), { recursive: true });
        writeFileSync(join(dir, 'broken/cdk.out/tree.json'), '{ "version": "tree-0.1", "tree": { "id": "App", "path": "" } }');
      },
    ],
    [
      'a file that is not CloudFormation',
      ['check', 'not-a-template.json'],
      /^palisade: not-a-template\.json: not a CloudFormation template/,
      () => undefined,
    ],
    [
      'a broken template in a directory',
      ['check', 'templates', 'unreadable'],
      /^palisade: unreadable\/bad\.template\.json: not valid JSON/,
      () => undefined,
    ],
    [
      'an unknown --pack',
      ['check', 'templates', '--pack', 'pci-dss'],
      /^palisade: --pack: unknown pack 'pci-dss'/,
      () => undefined,
    ],
    [
      'an unknown --format',
      ['check', 'templates', '--format', 'html'],
      /^palisade: --format: unknown format 'html'/,
      () => undefined,
    ],
    ['an unknown option', ['check', 'templates', '--colour'], /^palisade: unknown option '--colour'/, () => undefined],
    [
      'an exception without a reason',
      ['check', 'templates'],
      /^palisade: palisade\.exceptions\.yaml: exceptions\[0\] \(line 2\): reason: is required$/,
      (dir) => writeFileSync(join(dir, 'palisade.exceptions.yaml'), EXCEPTION('    owner: me\n    expires: 2099-01-01\n')),
    ],
    [
      'an exception whose expiry is not a date',
      ['check', 'templates'],
      /^palisade: palisade\.exceptions\.yaml: exceptions\[0\] \(line 2\): expires: '2027-02-30' is not a calendar date$/,
      (dir) =>
        writeFileSync(
          join(dir, 'palisade.exceptions.yaml'),
          EXCEPTION('    reason: r\n    owner: me\n    expires: 2027-02-30\n'),
        ),
    ],
    [
      'a past-dated exception that is new since the baseline',
      ['check', 'templates', '--baseline', 'previous.json'],
      /^palisade: palisade\.exceptions\.yaml: exceptions\[0\] \(line 2\): expires: 2020-01-01 is already past for an exception that is new since the baseline previous\.json$/,
      (dir) => {
        writeFileSync(join(dir, 'palisade.exceptions.yaml'), 'exceptions: []\n');
        expect(
          palisade(['check', 'templates', '-f', 'json', '-o', 'previous.json', '--fail-on', 'none'], { cwd: dir }).code,
        ).toBe(0);
        writeFileSync(
          join(dir, 'palisade.exceptions.yaml'),
          EXCEPTION('    reason: r\n    owner: me\n    expires: 2020-01-01\n'),
        );
      },
    ],
    [
      'a baseline that is not a report',
      ['check', 'templates', '--baseline', 'not-a-template.json'],
      /^palisade: not-a-template\.json: baseline is not a Palisade JSON report/,
      () => undefined,
    ],
  ])('%s', (_name, args, message, setup) => {
    setup(work);
    const before = readdirSync(work).sort();
    const ran = palisade([...args, '--output', 'sarif=report.sarif', '--output', 'junit=report.xml'], { cwd: work });
    expect(ran.code).toBe(2);
    const lines = ran.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(ran.stdout).toBe('');
    expect(readdirSync(work).sort()).toEqual(before);
  });

  it('leaves an earlier report untouched when a later run fails on input', () => {
    copyFileSync(join(work, 'not-a-template.json'), join(work, 'report.sarif'));
    const ran = palisade(['check', 'missing', '--output', 'sarif=report.sarif'], { cwd: work });
    expect(ran.code).toBe(2);
    expect(readFileSync(join(work, 'report.sarif'), 'utf8')).toBe(readFileSync(join(work, 'not-a-template.json'), 'utf8'));
  });
});

describe('a directory with a template that cannot be parsed', () => {
  beforeEach(() => {
    mkdirSync(join(work, 'mixed'));
    copyFileSync(
      join(
        work,
        'templates',
        readdirSync(join(work, 'templates')).find((f) => f.endsWith('.json'))!,
      ),
      join(work, 'mixed/good.json'),
    );
    writeFileSync(join(work, 'mixed/broken.yaml'), 'Resources:\n  - Type: AWS::S3::Bucket\n');
  });

  it('stops with exit 2 and no report, naming the file', () => {
    const run = palisade(['check', 'mixed', '--format', 'json', '--output', 'out.json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mixed/broken.yaml: Resources is a list');
    expect(existsSync(join(work, 'out.json'))).toBe(false);
  });

  it('with --skip-invalid, checks the rest and names what it passed over, on stderr and in the report', () => {
    const run = palisade(['check', 'mixed', '--skip-invalid', '--fail-on', 'none', '--format', 'json', '--output', 'out.json'], {
      cwd: work,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('passed over (--skip-invalid): mixed/broken.yaml: Resources is a list');
    const report = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8'));
    expect(report.inputs).toContainEqual({ path: 'mixed/broken.yaml', error: expect.stringContaining('Resources is a list') });
    expect(report.results.length).toBeGreaterThan(0);
  });
});
