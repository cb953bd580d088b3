/**
 * `palisade check` driven in-process, on rules defined here so that exit codes
 * do not move as the catalogue grows. Options are given as commander hands
 * them over (commander is an ES module jest cannot load); the built binary,
 * argument parsing included, is exercised in binary.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CheckOptions, check } from '../../lib/cli/commands/check';
import { exitCodeOf } from '../../lib/cli/errors';
import { IO } from '../../lib/cli/io';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { parseJunit } from '../report/junit-parse';
import { sarifErrors } from '../report/sarif-schema';

const Encrypted = defineRule({
  id: 'TestBucketEncrypted',
  title: 'Buckets are encrypted',
  description: 'Unencrypted buckets expose data at rest.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], cyberEssentials: ['secure-configuration'] },
  remediation: 'Set BucketEncryption.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (b) => ({ encryption: b.get('BucketEncryption') }),
  },
  evaluate: ({ encryption }) =>
    isUnknown(encryption)
      ? needsReview(`encryption unknown: ${encryption.reason}`)
      : encryption
        ? pass('encrypted')
        : fail('no BucketEncryption'),
});

const Versioned = defineRule({
  id: 'TestBucketVersioned',
  title: 'Buckets keep versions',
  description: 'Without versions a deleted object is gone.',
  severity: 'warning',
  controls: { ncscCsp: ['2'] },
  remediation: 'Enable versioning.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (b) => ({ status: b.get('VersioningConfiguration.Status') }),
  },
  evaluate: ({ status }) => (status === 'Enabled' ? pass('versioned') : fail('versioning is off')),
});

const CATALOGUE = [Encrypted, Versioned];
const ENCRYPTION = { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] };
const VERSIONED = { Status: 'Enabled' };

const bucket = (properties: object) => ({ Type: 'AWS::S3::Bucket', Properties: properties });
const TEMPLATES: Record<string, object> = {
  'clean.json': { Resources: { Data: bucket({ BucketEncryption: ENCRYPTION, VersioningConfiguration: VERSIONED }) } },
  'warning.json': { Resources: { Data: bucket({ BucketEncryption: ENCRYPTION }) } },
  'review.json': {
    Parameters: { Enc: { Type: 'String' } },
    Resources: { Data: bucket({ BucketEncryption: { Ref: 'Enc' }, VersioningConfiguration: VERSIONED }) },
  },
  'error.json': { Resources: { Data: bucket({ VersioningConfiguration: VERSIONED }) } },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'palisade-check-'));
  for (const [name, body] of Object.entries(TEMPLATES)) writeFileSync(join(dir, name), JSON.stringify(body, null, 2));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The options commander would hand to check() for these arguments (the flags these tests use). */
function parse(args: string[]): { paths: string[]; options: CheckOptions } {
  const options: Record<string, unknown> = {};
  const paths: string[] = [];
  const flags: Record<string, string> = {
    '--fail-on': 'failOn',
    '--pack': 'pack',
    '--baseline': 'baseline',
    '--exceptions': 'exceptions',
    '--sarif-base': 'sarifBase',
  };
  const lists: Record<string, string> = {
    '--format': 'format',
    '-f': 'format',
    '--output': 'output',
    '-o': 'output',
    '--check': 'check',
    '--skip-check': 'skipCheck',
    '--rules': 'rules',
  };
  for (let i = args[0] === 'check' ? 1 : 0; i < args.length; i++) {
    const a = args[i];
    if (a in flags) options[flags[a]] = args[++i];
    else if (a in lists) options[lists[a]] = [...((options[lists[a]] as string[]) ?? []), ...args[++i].split(',')];
    else if (a === '--no-exceptions') options.exceptions = false;
    else if (a === '--fail-on-new') options.failOnNew = true;
    else if (a === '--quiet') options.quiet = true;
    else if (a.startsWith('-')) throw new Error(`test parser: unknown flag ${a}`);
    else paths.push(a);
  }
  return { paths, options: options as unknown as CheckOptions };
}

async function palisade(
  args: string[],
  options: { interactive?: boolean; now?: string; out?: (s: string) => void } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    out: options.out ?? ((s) => (stdout += s)),
    err: (s) => (stderr += s),
    interactive: options.interactive ?? false,
    colour: false,
    cwd: dir,
    now: () => new Date(options.now ?? '2026-06-01T12:00:00Z'),
  };
  let code: number;
  try {
    const parsed = parse(args);
    code = check(parsed.paths, parsed.options, io, CATALOGUE);
  } catch (e) {
    code = exitCodeOf(e, io);
  }
  return { code, stdout, stderr };
}

const t = (name: string) => join(dir, name);
const writeExceptions = (text: string, name = 'palisade.exceptions.yaml') => writeFileSync(join(dir, name), text);
const entry = (rule: string, resource: string, expires: string, extra = '') =>
  `  - rule: ${rule}\n    resource: ${resource}\n    reason: accepted for the pilot\n    owner: platform-team\n    expires: ${expires}\n${extra}`;

describe('exit codes', () => {
  it.each([
    // template, --fail-on, exit code
    ['clean.json', 'error', 0],
    ['clean.json', 'insufficient-data', 0],
    ['warning.json', 'error', 0],
    ['warning.json', 'warning', 1],
    ['review.json', 'warning', 0],
    ['review.json', 'insufficient-data', 1],
    ['error.json', 'error', 1],
    ['error.json', 'none', 0],
  ])('%s with --fail-on %s exits %i', async (template, failOn, code) => {
    const ran = await palisade(['check', t(template), '--fail-on', failOn]);
    expect(ran.code).toBe(code);
    expect(ran.stdout).toContain(code === 1 ? 'failed: 1 result(s) at or above' : 'passed:');
  });

  it('fails on error by default', async () => {
    expect((await palisade(['check', t('error.json')])).code).toBe(1);
  });

  it.each([
    [
      'an unknown --fail-on',
      ['--fail-on', 'critical'],
      "palisade: --fail-on: unknown level 'critical' (use error, warning, insufficient-data, none)",
    ],
    [
      'an unknown --pack',
      ['--pack', 'pci'],
      "palisade: --pack: unknown pack 'pci' (use ncsc-csp, ten-steps, cyber-essentials, internet-first, all)",
    ],
    ['an unknown --format', ['--format', 'html'], "palisade: --format: unknown format 'html' (use text, json, sarif, junit)"],
    [
      'an unknown format in --output',
      ['--output', 'xml=report.xml'],
      "palisade: --output: unknown format 'xml' in 'xml=report.xml' (use FORMAT=FILE with text, json, sarif, junit, or a plain FILE)",
    ],
    [
      'two formats on stdout',
      ['--format', 'json,sarif'],
      'palisade: --format: json and sarif would all go to stdout; send all but one to a file with --output FORMAT=FILE',
    ],
    [
      '--fail-on-new without a baseline',
      ['--fail-on-new'],
      'palisade: --fail-on-new: needs --baseline FILE (a previous `palisade check --format json` report)',
    ],
  ])('exits 2 on %s, with one line on stderr', async (_name, args, message) => {
    const ran = await palisade(['check', t('clean.json'), ...args]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(`${message}\n`);
    expect(ran.stdout).toBe('');
  });

  it('exits 3 on an internal error, without a stack trace', async () => {
    const ran = await palisade(['check', t('clean.json')], {
      out: () => {
        throw new Error('stdout closed');
      },
    });
    expect(ran.code).toBe(3);
    expect(ran.stderr).toMatch(/^palisade: internal error: stdout closed\n/);
    expect(ran.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('formats and outputs', () => {
  it('writes several formats at once, text on stdout', async () => {
    const ran = await palisade([
      'check',
      t('error.json'),
      t('warning.json'),
      '--output',
      'sarif=reports/palisade.sarif',
      '--output',
      'junit=reports/junit.xml',
      '-o',
      'json=report.json',
    ]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('errors');
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/palisade.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'TestBucketEncrypted',
      'TestBucketVersioned',
    ]);
    const junit = parseJunit(readFileSync(join(dir, 'reports/junit.xml'), 'utf8'));
    expect(junit.testsuite!.map((s) => s.name)).toEqual(['error', 'warning']);
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(json.results).toHaveLength(4);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('sends the one format given to stdout, or to a plain --output file', async () => {
    const ran = await palisade(['check', t('clean.json'), '--format', 'json']);
    expect(JSON.parse(ran.stdout).summary.COMPLIANT).toBe(2);
    const toFile = await palisade(['check', t('clean.json'), '-f', 'sarif', '-o', 'out.sarif']);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toBe('palisade: passed: no result(s) at or above --fail-on error; wrote out.sarif\n');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('leaves no report file behind when the input is bad', async () => {
    const ran = await palisade([
      'check',
      t('clean.json'),
      join(dir, 'missing.json'),
      '--output',
      'sarif=out.sarif',
      '--output',
      'json=out.json',
    ]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(`palisade: ${join(dir, 'missing.json')}: no such file or directory\n`);
    expect(readdirSync(dir).filter((f) => f.startsWith('out') || f.includes('.tmp'))).toEqual([]);
  });

  it('shows progress on an interactive stderr only', async () => {
    const quiet = await palisade(['check', t('clean.json')]);
    expect(quiet.stderr).toBe('');
    const shown = await palisade(['check', t('clean.json'), t('error.json')], { interactive: true });
    expect(shown.stderr).toMatch(/palisade: reading .*clean\.json \(1\/2\)/);
    expect(shown.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });
});

describe('exceptions', () => {
  it('reads palisade.exceptions.yaml from the working directory and reports matches as suppressed', async () => {
    writeExceptions(`exceptions:\n${entry('TestBucketEncrypted', 'Data', '2027-03-31')}`);
    const ran = await palisade(['check', t('error.json'), '--format', 'json']);
    expect(ran.code).toBe(0);
    const report = JSON.parse(ran.stdout);
    const result = report.results.find((r: { ruleId: string }) => r.ruleId === 'TestBucketEncrypted');
    expect(result.status).toBe('NON_COMPLIANT');
    expect(result.suppression).toEqual({
      reason: 'accepted for the pilot',
      owner: 'platform-team',
      expires: '2027-03-31',
      source: 'exceptions-file',
    });
    expect(report.exceptions).toMatchObject({
      file: 'palisade.exceptions.yaml',
      entries: [{ index: 0, line: 2, status: 'applied', matched: 1 }],
    });
  });

  it('ignores the default file with --no-exceptions, and takes another with --exceptions', async () => {
    writeExceptions(`exceptions:\n${entry('TestBucketEncrypted', 'Data', '2027-03-31')}`);
    expect((await palisade(['check', t('error.json'), '--no-exceptions'])).code).toBe(1);
    writeExceptions('exceptions: []\n', 'other.yaml');
    expect((await palisade(['check', t('error.json'), '--exceptions', join(dir, 'other.yaml')])).code).toBe(1);
  });

  it('lets an expired exception fail the run again, and reports it', async () => {
    writeExceptions(`exceptions:\n${entry('TestBucketEncrypted', 'error/Data', '2026-05-31')}`);
    const ran = await palisade(['check', t('error.json'), '--output', 'json=report.json']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(
      "palisade: palisade.exceptions.yaml: exceptions[0] (line 2) TestBucketEncrypted 'error/Data' is expired: expired on 2026-05-31",
    );
    expect(ran.stdout).toContain('exception 0 expired on 2026-05-31 (owner platform-team)');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.exceptions.entries[0].status).toBe('expired');
    expect(report.results.find((r: { ruleId: string }) => r.ruleId === 'TestBucketEncrypted').expiredException.expires).toBe(
      '2026-05-31',
    );
  });

  it('reports an exception that matches nothing as stale, without failing the run', async () => {
    writeExceptions(`exceptions:\n${entry('TestBucketEncrypted', 'Gone*', '2027-03-31')}`);
    const ran = await palisade(['check', t('clean.json'), '--output', 'json=report.json']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(
      /exceptions\[0\] \(line 2\) TestBucketEncrypted 'Gone\*' is stale: no result of TestBucketEncrypted matches 'Gone\*'/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).exceptions.entries[0].status).toBe('stale');
  });

  it('refuses a file with a bad entry: one line per problem, exit 2, no report', async () => {
    writeExceptions(`exceptions:\n  - rule: TestBucketEncrypted\n    resource: Data\n    owner: me\n    expires: 2027-03-31\n`);
    const ran = await palisade(['check', t('error.json'), '--output', 'json=report.json']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe('palisade: palisade.exceptions.yaml: exceptions[0] (line 2): reason: is required\n');
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('refuses a missing --exceptions file', async () => {
    const ran = await palisade(['check', t('clean.json'), '--exceptions', 'nope.yaml']);
    expect(ran).toMatchObject({ code: 2, stderr: 'palisade: nope.yaml: exceptions file does not exist\n' });
  });
});

describe('baseline', () => {
  async function baselineOf(...templates: string[]): Promise<string> {
    const ran = await palisade([
      'check',
      ...templates.map(t),
      '--format',
      'json',
      '--output',
      'json=previous.json',
      '--fail-on',
      'none',
    ]);
    expect(ran.code).toBe(0);
    return join(dir, 'previous.json');
  }

  it('fails only on new results with --fail-on-new, and lists resolved ones', async () => {
    const previous = await baselineOf('error.json');
    const same = await palisade(['check', t('error.json'), '--baseline', previous, '--fail-on-new']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('baseline');
    expect(same.stdout).toContain('0 new, 1 existing, 0 resolved');

    writeFileSync(t('more.json'), JSON.stringify({ Resources: { Extra: bucket({}) } }));
    const grown = await palisade([
      'check',
      t('error.json'),
      t('more.json'),
      '--baseline',
      previous,
      '--fail-on-new',
      '-f',
      'json',
    ]);
    expect(grown.code).toBe(1);
    const report = JSON.parse(grown.stdout);
    const failing = report.results.filter((r: { status: string }) => r.status === 'NON_COMPLIANT');
    expect(
      failing.map((r: { resource: { stack: string }; baseline: string }) => `${r.resource.stack}:${r.baseline}`).sort(),
    ).toEqual(['error:existing', 'more:new', 'more:new']);

    const fixed = await palisade(['check', t('clean.json'), '--baseline', previous, '--output', 'sarif=out.sarif']);
    expect(fixed.code).toBe(0);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState)).toEqual(['absent']);
  });

  it('without --fail-on-new, existing results still fail', async () => {
    const previous = await baselineOf('error.json');
    expect((await palisade(['check', t('error.json'), '--baseline', previous])).code).toBe(1);
  });

  it('refuses a baseline that is not a Palisade report', async () => {
    writeFileSync(t('other.json'), JSON.stringify({ version: '2.1.0', runs: [] }));
    const ran = await palisade(['check', t('clean.json'), '--baseline', t('other.json')]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/other\.json: baseline is not a Palisade JSON report/);
  });

  it('refuses an exception written already expired since the baseline, but keeps an old one as expired', async () => {
    writeExceptions(`exceptions:\n${entry('TestBucketVersioned', 'Data', '2027-01-01')}`);
    const previous = await baselineOf('error.json', 'warning.json');
    writeExceptions(
      `exceptions:\n${entry('TestBucketVersioned', 'Data', '2026-01-01')}${entry('TestBucketEncrypted', 'Data', '2026-01-01')}`,
    );
    const ran = await palisade(['check', t('error.json'), '--baseline', previous, '--output', 'json=report.json']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      `palisade: palisade.exceptions.yaml: exceptions[1] (line 7): expires: 2026-01-01 is already past for an exception that is new since the baseline ${previous}\n`,
    );
    expect(existsSync(join(dir, 'report.json'))).toBe(false);

    writeExceptions(`exceptions:\n${entry('TestBucketVersioned', 'Data', '2026-01-01')}`);
    const old = await palisade(['check', t('warning.json'), '--baseline', previous, '--fail-on', 'warning']);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('is expired');
  });
});

describe('focused runs', () => {
  it('--skip-check leaves a rule out and every report says so; --check keeps only the named ones', async () => {
    const r = await palisade(['check', t('warning.json'), '--skip-check', 'TestBucketVersioned', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['TestBucketEncrypted']);
    expect(report.notEvaluated).toEqual([{ ruleId: 'TestBucketVersioned', reason: 'skipped with --skip-check' }]);
    const text = await palisade(['check', t('warning.json'), '--check', 'TestBucketEnc*']);
    expect(text.stdout).toContain('not evaluated: 1 rule(s) not selected by --check');
  });

  it('fails when --check names no rule', async () => {
    const r = await palisade(['check', t('clean.json'), '--check', 'NoSuchRule']);
    expect(r).toMatchObject({
      code: 2,
      stderr: "palisade: --check: no rule matches 'NoSuchRule' (`palisade rules` lists them)\n",
    });
  });

  it('--quiet lists only what fails the run, and the summary still counts everything', async () => {
    writeFileSync(
      join(dir, 'two.json'),
      JSON.stringify({ Resources: { A: bucket({}), B: bucket({ BucketEncryption: ENCRYPTION }) } }),
    );
    const r = await palisade(['check', t('two.json'), '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TestBucketEncrypted  AWS::S3::Bucket A');
    expect(r.stdout).not.toContain('TestBucketVersioned');
    expect(r.stdout).toContain('2 resources checked, 4 results');
  });

  it('reads palisade.config.yaml, and a flag wins over it', async () => {
    writeFileSync(join(dir, 'palisade.config.yaml'), 'fail-on: warning\n');
    expect((await palisade(['check', t('warning.json')])).code).toBe(1);
    expect((await palisade(['check', t('warning.json'), '--fail-on', 'error'])).code).toBe(0);
  });

  it('fails when palisade.config.yaml is bad, in one line', async () => {
    writeFileSync(join(dir, 'palisade.config.yaml'), 'fail-on: warning\nformat: json\n');
    const r = await palisade(['check', t('clean.json')]);
    expect(r).toMatchObject({
      code: 2,
      stderr: "palisade: palisade.config.yaml: unknown key 'format' (allowed: pack, fail-on, rules, exceptions, sarif-base)\n",
    });
  });

  it('--rules loads a module of rules and holds them to the catalogue standard', async () => {
    const module = (id: string, controls: string) =>
      [
        'exports.rules = [{',
        `  id: '${id}', title: 'Tagged', description: 'Buckets carry tags.', severity: 'warning', remediation: 'Tag it.',`,
        `  controls: ${controls},`,
        "  adapters: { template: { resourceTypes: ['AWS::S3::Bucket'], facts: (b) => ({ tags: b.get('Tags') }) } },",
        "  evaluate: ({ tags }) => (tags ? { status: 'COMPLIANT', message: 'tagged' } : { status: 'NON_COMPLIANT', message: 'no tags' }),",
        '}];',
      ].join('\n');
    writeFileSync(
      join(dir, 'good.js'),
      module('TeamBucketTagged', "{ ncscCsp: [], tenSteps: ['asset-management'], cyberEssentials: [], internetFirst: [] }"),
    );
    const ok = await palisade(['check', t('clean.json'), '--rules', join(dir, 'good.js'), '--format', 'json']);
    expect(JSON.parse(ok.stdout).results.find((x: { ruleId: string }) => x.ruleId === 'TeamBucketTagged').status).toBe(
      'NON_COMPLIANT',
    );

    writeFileSync(join(dir, 'bad.js'), module('TestBucketEncrypted', "{ ncscCsp: ['99'] }"));
    const bad = await palisade(['check', t('clean.json'), '--rules', join(dir, 'bad.js')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toEqual([
      `palisade: --rules ${join(dir, 'bad.js')}: rule TestBucketEncrypted: controls.ncscCsp: unknown control '99'`,
      `palisade: --rules ${join(dir, 'bad.js')}: rule TestBucketEncrypted: id 'TestBucketEncrypted' is already used by the catalogue`,
    ]);
  });
});
