/**
 * Issue 11, items 1–5 and 8: what palisade reads. Each case asserts the exit
 * code, the single stderr line and that nothing in the directory changed.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, symlinkSync } from 'fs';
import { join } from 'path';
import { BUCKET, bundle, expectRefusal, remove, removeBundle, run, scratch, write } from './harness';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => bundle());
afterAll(removeBundle);
beforeEach(() => (dir = scratch()));
afterEach(() => remove(dir));

/** A cloud assembly whose manifest is `manifest` (a value, or raw text). */
function assembly(manifest: unknown, files: Record<string, string | object> = {}): string {
  const asm = join(dir, 'cdk.out');
  mkdirSync(asm, { recursive: true });
  write(asm, 'manifest.json', typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [name, body] of Object.entries(files)) write(asm, name, body);
  return asm;
}

const stack = (properties: object, extra: object = {}) => ({
  artifacts: { Web: { type: 'aws:cloudformation:stack', properties, ...extra } },
});

describe('1. cloud assemblies', () => {
  it('refuses a templateFile outside the assembly and prints nothing of that file', () => {
    const secret = write(dir, 'credentials', '[default]\naws_secret_access_key = hunter2\n');
    assembly(stack({ templateFile: '../credentials' }));
    const line = expectRefusal(
      run(dir, ['check', 'cdk.out']),
      /cdk\.out\/manifest\.json: artifacts\.Web\.properties\.templateFile points outside/,
    );
    expect(line).not.toContain('hunter2');
    expect(secret).toBeDefined();
  });

  it('refuses absolute paths, a directoryName outside, and a link that leads outside', () => {
    assembly(stack({ templateFile: '/etc/passwd' }));
    expectRefusal(run(dir, ['check', 'cdk.out']), /templateFile points outside the cloud assembly \(\/etc\/passwd\)/);
    assembly({ artifacts: { Stage: { type: 'cdk:cloud-assembly', properties: { directoryName: '../..' } } } });
    expectRefusal(run(dir, ['check', 'cdk.out']), /artifacts\.Stage\.properties\.directoryName points outside/);
    write(dir, 'outside.json', BUCKET);
    symlinkSync('../outside.json', join(dir, 'cdk.out', 'Web.template.json'));
    assembly(stack({ templateFile: 'Web.template.json' }));
    expectRefusal(run(dir, ['check', 'cdk.out']), /templateFile points outside/);
  });

  it('refuses a metadata file outside the assembly', () => {
    assembly(stack({ templateFile: 'Web.template.json' }, { additionalMetadataFile: '../../../etc/shadow' }), {
      'Web.template.json': BUCKET,
    });
    expectRefusal(run(dir, ['check', 'cdk.out']), /artifacts\.Web\.additionalMetadataFile points outside/);
  });

  it('detects a nested-assembly loop instead of recursing', () => {
    assembly({ artifacts: { Stage: { type: 'cdk:cloud-assembly', properties: { directoryName: '.' } } } });
    expectRefusal(run(dir, ['check', 'cdk.out']), /leads back to an assembly being read \(a loop\)/);
  });

  it.each([
    ['a manifest that is null', 'null', /manifest is null, not a mapping/],
    ['a manifest that is a list', '[]', /manifest is a list, not a mapping/],
    ['artifacts as a list', { artifacts: [] }, /artifacts is a list/],
    ['artifacts as null', { artifacts: null }, /artifacts is null/],
    ['an artifact that is a string', { artifacts: { Web: 'x' } }, /artifacts\.Web is a string; expected a mapping/],
    ['a non-string templateFile', stack({ templateFile: 42 }), /artifacts\.Web\.properties\.templateFile is a number/],
    [
      'metadata entries that are not lists',
      stack({ templateFile: 'W.json' }, { metadata: { '/Web': { type: 'x' } } }),
      /artifacts\.Web\.metadata\["\/Web"\] is a mapping; expected a list/,
    ],
    [
      'a metadata entry without a type',
      stack({ templateFile: 'W.json' }, { metadata: { '/Web': [42] } }),
      /\["\/Web"\]\[0\] is not a metadata entry/,
    ],
    ['a template path that is a directory', stack({ templateFile: '.' }), /templateFile names \., a directory/],
    ['a manifest that is not JSON', '{"artifacts": {', /manifest\.json: manifest is not valid JSON: line 1, column \d+/],
  ])('refuses %s with exit 2 naming the file and field', (_what, manifest, pattern) => {
    assembly(manifest);
    expectRefusal(run(dir, ['check', 'cdk.out']), pattern);
  });
});

describe('2. nothing to check is not a pass', () => {
  it('refuses an empty directory', () => {
    mkdirSync(join(dir, 'templates'));
    expectRefusal(run(dir, ['check', 'templates']), /^palisade: no CloudFormation templates found in templates$/);
  });

  it('refuses an assembly with no stacks', () => {
    assembly({ version: '48.0.0', artifacts: {} });
    expectRefusal(run(dir, ['check', 'cdk.out']), /no CloudFormation templates found in cdk\.out$/);
  });

  it('refuses --skip-invalid when every template was passed over', () => {
    mkdirSync(join(dir, 'templates'));
    write(dir, 'templates/broken.json', '{"Resources": {');
    const o = run(dir, ['check', 'templates', '--skip-invalid']);
    expect(o.code).toBe(2);
    expect(o.lines).toEqual([
      expect.stringMatching(/passed over \(--skip-invalid\): templates\/broken\.json: not valid JSON: line 1/),
      'palisade: no CloudFormation templates found in templates (1 passed over with --skip-invalid)',
    ]);
    expect(o.changed).toEqual([]);
  });
});

describe('3. files that never end', () => {
  beforeEach(() => write(dir, 'web.json', BUCKET));

  it.each([
    ['a FIFO as the template', ['check', 'pipe.json'], /pipe\.json: template is a FIFO \(named pipe\), not a regular file/],
    ['a FIFO as the exceptions file', ['check', 'web.json', '-e', 'pipe.json'], /pipe\.json: exceptions file is a FIFO/],
    ['a FIFO as the baseline', ['check', 'web.json', '--baseline', 'pipe.json'], /pipe\.json: baseline is a FIFO/],
  ])('refuses %s at once', (_what, args, pattern) => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const o = run(dir, args);
    expectRefusal(o, pattern);
    expect(o.ms).toBeLessThan(10_000); // a blocking open would hit the 60 s spawn timeout instead
  });

  it.each([
    ['template', ['check', '/dev/zero']],
    ['exceptions file', ['check', 'web.json', '-e', '/dev/zero']],
    ['baseline', ['check', 'web.json', '--baseline', '/dev/zero']],
  ])('refuses /dev/zero as the %s', (what, args) => {
    const o = run(dir, args);
    expectRefusal(o, new RegExp(`/dev/zero: ${what} is a device, not a regular file`));
    expect(o.ms).toBeLessThan(10_000);
  });

  it('applies the size limit while reading', () => {
    // 21 MB of spaces then a template: the limit is hit before the end is read.
    write(dir, 'huge.json', Buffer.concat([Buffer.alloc(21 * 1024 * 1024, 0x20), Buffer.from(JSON.stringify(BUCKET))]));
    expectRefusal(run(dir, ['check', 'huge.json']), /huge\.json: template is over the 20 MB limit/);
  });
});

describe('4. symbolic links in scanned directories', () => {
  it('follows them, and names a loop instead of following it again', () => {
    mkdirSync(join(dir, 'templates/sub'), { recursive: true });
    write(dir, 'templates/sub/web.json', BUCKET);
    symlinkSync('..', join(dir, 'templates/sub/up'));
    const o = run(dir, ['check', 'templates', '--format', 'json']);
    expect(o.code).toBe(1);
    expect(o.lines).toEqual([
      'palisade: templates/sub/up: not followed: leads back to templates, a directory being scanned (a loop)',
      expect.stringMatching(/^palisade: failed: /),
    ]);
    expect(JSON.parse(o.stdout).inputs.map((i: { path: string }) => i.path)).toEqual(['templates/sub/web.json']);
    expect(o.changed).toEqual([]);
  });

  it('reads a template through a link, once', () => {
    mkdirSync(join(dir, 'templates'));
    write(dir, 'real.json', BUCKET);
    symlinkSync('../real.json', join(dir, 'templates/linked.json'));
    const o = run(dir, ['check', 'templates', '--format', 'json']);
    expect(o.code).toBe(1);
    expect(JSON.parse(o.stdout).inputs.map((i: { path: string }) => i.path)).toEqual(['templates/linked.json']);
    expect(o.changed).toEqual([]);
  });

  it('refuses a broken link to a template', () => {
    mkdirSync(join(dir, 'templates'));
    write(dir, 'templates/web.json', BUCKET);
    symlinkSync('gone.json', join(dir, 'templates/broken.json'));
    expectRefusal(run(dir, ['check', 'templates']), /templates\/broken\.json: broken symbolic link$/);
  });
});

describe('5. YAML aliases and byte-order marks', () => {
  it('refuses a billion-laughs template quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    write(
      dir,
      'bomb.yaml',
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        ...levels,
        'Resources:',
        '  B:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      Tags: *i',
        '',
      ].join('\n'),
    );
    const o = run(dir, ['check', 'bomb.yaml']);
    expectRefusal(o, /bomb\.yaml: not valid YAML: aliases expand to [\d,]+ more nodes, over the budget of 1,000,000/);
    expect(o.ms).toBeLessThan(10_000);
  });

  it('accepts a byte-order mark in JSON and YAML templates, exceptions files and baselines', () => {
    const bom = '\ufeff';
    write(dir, 'web.json', bom + JSON.stringify(BUCKET));
    write(dir, 'web.yaml', `${bom}Resources:\n  Data:\n    Type: AWS::S3::Bucket\n`);
    write(
      dir,
      'ex.yaml',
      `${bom}exceptions:\n  - rule: S3BucketSslRequestsOnly\n    resource: Data\n    reason: r\n    owner: o\n    expires: '2999-01-01'\n`,
    );
    const first = run(dir, [
      'check',
      'web.json',
      'web.yaml',
      '-e',
      'ex.yaml',
      '-f',
      'json',
      '-o',
      'json=report.json',
      '--fail-on',
      'none',
    ]);
    expect({ code: first.code, lines: first.lines, changed: first.changed }).toEqual({
      code: 0,
      lines: [expect.stringMatching(/^palisade: passed: --fail-on none; wrote report\.json$/)],
      changed: ['report.json'],
    });
    const report = require('fs').readFileSync(join(dir, 'report.json'), 'utf8');
    write(dir, 'baseline.json', bom + report);
    const second = run(dir, [
      'check',
      'web.json',
      'web.yaml',
      '-e',
      'ex.yaml',
      '--baseline',
      'baseline.json',
      '-f',
      'json',
      '--fail-on-new',
    ]);
    expect({ code: second.code, changed: second.changed }).toEqual({ code: 0, changed: [] });
    expect(JSON.parse(second.stdout).baseline).toMatchObject({ new: 0 });
  });
});

describe('8. what reaches the terminal', () => {
  it('gives the position of a JSON error, never the text around it', () => {
    write(
      dir,
      'web.json',
      '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword": "hunter2" }}}',
    );
    const line = expectRefusal(
      run(dir, ['check', 'web.json']),
      /web\.json: not valid JSON: line 1, column \d+: closing brace expected$/,
    );
    expect(line).not.toContain('hunter2');
  });

  it('gives the position of a YAML error, never the text around it', () => {
    write(
      dir,
      'web.yaml',
      'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: "hunter2\n',
    );
    const line = expectRefusal(run(dir, ['check', 'web.yaml']), /web\.yaml: not valid YAML: line \d+/);
    expect(line).not.toContain('hunter2');
  });

  it('refuses a logical id with control characters, escaped', () => {
    write(dir, 'web.json', { Resources: { 'Data\u001b[2J\nforged': { Type: 'AWS::S3::Bucket' } } });
    expectRefusal(
      run(dir, ['check', 'web.json']),
      /^palisade: web\.json: resource "Data\\u001b\[2J\\nforged": a logical id cannot hold control characters$/,
    );
  });

  it('escapes control characters from other template values in the text report', () => {
    write(dir, 'web.json', {
      Resources: { Data: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'Web/\u001b]0;owned\u0007Data\r\nok' } } },
    });
    const o = run(dir, ['check', 'web.json']);
    expect(o.code).toBe(1);
    expect(o.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(o.stdout).toContain('Web/\\u001b]0;owned\\u0007Data\\r\\nok');
    expect(o.changed).toEqual([]);
  });

  it('escapes a file name with a newline in an error', () => {
    write(dir, 'bad\nname.json', '{');
    expectRefusal(run(dir, ['check', 'bad\nname.json']), /^palisade: bad\\nname\.json: not valid JSON: line 1, column 2: /);
  });
});

it('a deeply nested template is refused or checked, never a crash', () => {
  write(
    dir,
    'deep.json',
    `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}}`,
  );
  const o = run(dir, ['check', 'deep.json']);
  expect([1, 2]).toContain(o.code);
  expect(o.changed).toEqual([]);
});
