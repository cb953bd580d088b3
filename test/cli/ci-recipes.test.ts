/**
 * The CI recipes of docs/ci.md, run as written: the commands are read from
 * examples/ci/ (the files the docs show) and run in a small CDK project, with
 * `npx cdk` and `npx palisade` resolving to this repository's CDK CLI and to
 * the freshly built Palisade bundle, as they would after `npm ci`.
 * CDK's built-in CloudFormation validation is switched off (CDK_VALIDATION=false):
 * it is not under test and costs seconds per synth.
 */
import { spawnSync } from 'child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'yaml';
import { parseJunit } from '../report/junit-parse';
import { sarifErrors } from '../report/sarif-schema';
import { FIXTURES, ROOT, bundle, removeBundle } from './binary';

const EXAMPLES = join(ROOT, 'examples/ci');

// Child processes (CDK synth among them) on a 2-core machine shared with other work.
jest.setTimeout(180_000);

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'palisade-recipe-'));
  cpSync(join(FIXTURES, 'cdk-app'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'recipe-app', private: true }));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const dep of ['aws-cdk-lib', 'constructs', 'aws-cdk'])
    symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
  symlinkSync(join(ROOT, 'node_modules/aws-cdk/bin/cdk'), join(modules, '.bin/cdk'));
  const palisade = join(modules, '.bin/palisade');
  writeFileSync(palisade, `#!/bin/sh\nexec "${process.execPath}" "${bundle()}" "$@"\n`);
  chmodSync(palisade, 0o755);
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  removeBundle();
});

beforeEach(() => {
  for (const f of ['palisade.exceptions.yaml', 'palisade.sarif', 'palisade-junit.xml', 'palisade.json']) {
    rmSync(join(project, f), { recursive: true, force: true });
  }
});

/** Runs one shell command in the project as a CI runner would: bash -e, CI=true, no terminal. */
function sh(command: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-e', '-c', command], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      CI: 'true',
      CDK_VALIDATION: 'false',
      CDK_DISABLE_VERSION_CHECK: 'true',
      PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}`,
    },
    timeout: 120_000,
  });
  // npm may warn about the machine's own npm configuration; that is not the recipe's output.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^npm warn /i.test(l))
    .join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}

/** The installation step is what the test set up by hand. */
const isInstall = (command: string) => /^npm (ci|install)\b/.test(command.trim());

function readYaml(name: string): any {
  return parse(readFileSync(join(EXAMPLES, name), 'utf8'));
}

/** One year from today, so that example exceptions never expire under the test. */
function nextYear(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

describe('GitHub Actions recipe', () => {
  const workflow = readYaml('github-actions.yml');
  const steps: { run?: string; uses?: string; with?: Record<string, string>; if?: string }[] = workflow.jobs.palisade.steps;

  it('asks for the permission code scanning needs', () => {
    expect(workflow.permissions['security-events']).toBe('write');
  });

  it('synthesizes, fails the check on an error finding, and leaves valid SARIF for upload', () => {
    const runs = steps.filter((s) => s.run && !isInstall(s.run)).map((s) => s.run!);
    expect(runs.map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['npx cdk', 'npx palisade']);
    expect(sh(runs[0]).code).toBe(0);
    const check = sh(runs[1]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('S3BucketSslRequestsOnly');

    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toContain('always()');
    const sarif = JSON.parse(readFileSync(join(project, upload.with!.sarif_file), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    const results = sarif.runs[0].results as {
      ruleId: string;
      level: string;
      suppressions?: { justification: string }[];
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        logicalLocations: { fullyQualifiedName: string }[];
      }[];
    }[];
    const tls = results.filter((r) => r.ruleId === 'S3BucketSslRequestsOnly');
    const uploads = tls.find((r) => r.locations[0].logicalLocations[0].fullyQualifiedName === 'Web/Uploads/Resource')!;
    expect(uploads.level).toBe('error');
    expect(uploads.locations[0].physicalLocation.artifactLocation.uri).toBe('cdk.out/Web.template.json');
    expect(uploads.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    const logs = tls.find((r) => r.locations[0].logicalLocations[0].fullyQualifiedName === 'Web/Logs/Resource')!;
    expect(logs.suppressions).toEqual([
      expect.objectContaining({ kind: 'inSource', justification: 'written only by the load balancer, inside AWS' }),
    ]);
    expect(existsSync(join(project, 'palisade-junit.xml'))).toBe(true);
  });

  it('passes once the finding has an exception with an owner and an end date', () => {
    const example = readFileSync(join(EXAMPLES, 'palisade.exceptions.yaml'), 'utf8').replace(
      /expires: \S+/,
      `expires: ${nextYear()}`,
    );
    writeFileSync(join(project, 'palisade.exceptions.yaml'), example);
    const runs = steps.filter((s) => s.run && !isInstall(s.run)).map((s) => s.run!);
    // cdk.out is the one the previous test synthesized: only the check step runs again.
    expect(existsSync(join(project, 'cdk.out/manifest.json'))).toBe(true);
    const check = sh(runs[runs.length - 1]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('exceptions palisade.exceptions.yaml: 1 applied, 0 expired, 0 stale');
  });
});

describe('GitLab CI recipe', () => {
  const job = readYaml('gitlab-ci.yml').palisade;

  it('runs the script and leaves a JUnit report GitLab can read', () => {
    const script: string[] = job.script.filter((line: string) => !isInstall(line));
    let last = { code: 0 as number | null, stdout: '', stderr: '' };
    for (const line of script) {
      last = sh(line);
      if (last.code !== 0) break; // GitLab stops the job at the first failing line
    }
    expect(last.code).toBe(1);
    expect(script.indexOf(script.find((l) => l.includes('palisade check'))!)).toBe(script.length - 1);
    expect(job.artifacts.when).toBe('always');
    const junit = parseJunit(readFileSync(join(project, job.artifacts.reports.junit), 'utf8'));
    const web = junit.testsuite!.find((s) => s.name === 'Web')!;
    const uploads = web.testcase!.find((c) => /^S3BucketSslRequestsOnly Web\/Uploads\//.test(c.name!))!;
    expect(uploads.failure![0].type).toBe('NON_COMPLIANT');
    const logs = web.testcase!.find((c) => /^S3BucketSslRequestsOnly Web\/Logs\//.test(c.name!))!;
    expect(logs.skipped![0].message).toContain('written only by the load balancer, inside AWS');
    for (const path of job.artifacts.paths) expect(existsSync(join(project, path))).toBe(true);
  });
});

describe('pre-commit recipes', () => {
  it('the git hook refuses the commit on an error finding, and allows it once excepted', () => {
    const hook = join(EXAMPLES, 'pre-commit');
    const refused = sh(`sh "${hook}"`);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('failed: 1 result(s) at or above --fail-on error');
    writeFileSync(
      join(project, 'palisade.exceptions.yaml'),
      readFileSync(join(EXAMPLES, 'palisade.exceptions.yaml'), 'utf8').replace(/expires: \S+/, `expires: ${nextYear()}`),
    );
    expect(sh(`sh "${hook}"`).code).toBe(0);
  });

  it('the pre-commit framework hook runs the same check', () => {
    const hook = readYaml('pre-commit-config.yaml').repos[0].hooks[0];
    expect(hook).toMatchObject({ language: 'system', pass_filenames: false });
    expect(sh(hook.entry).code).toBe(1);
  });
});

describe('README.md', () => {
  it('shows the CI recipes exactly as the files the tests run', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const file of ['github-actions.yml', 'gitlab-ci.yml', 'pre-commit']) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8').trimEnd();
      expect({ file, shown: readme.includes('\n' + text + '\n```') }).toEqual({ file, shown: true });
    }
  });
});

describe('docs/ci.md', () => {
  it('shows each recipe exactly as the file the tests run', () => {
    const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    for (const file of [
      'github-actions.yml',
      'gitlab-ci.yml',
      'pre-commit',
      'pre-commit-config.yaml',
      'palisade.exceptions.yaml',
    ]) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8').trimEnd();
      expect({ file, shown: doc.includes('\n' + text + '\n```') }).toEqual({ file, shown: true });
    }
  });
});
