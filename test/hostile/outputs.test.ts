/**
 * Issue 11, items 7 and 9: writing reports, and usage errors. Each case
 * asserts the exit code, the stderr lines and exactly which files changed.
 */
import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'fs';
import { join } from 'path';
import { BUCKET, bundle, expectRefusal, remove, removeBundle, run, scratch, write } from './harness';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => bundle());
afterAll(removeBundle);
beforeEach(() => {
  dir = scratch();
  write(dir, 'web.json', BUCKET);
});
afterEach(() => remove(dir));

describe('7. writing reports', () => {
  it('refuses an output that is also an input, by any name', () => {
    write(dir, 'ex.yaml', 'exceptions: []\n');
    symlinkSync('web.json', join(dir, 'alias.json'));
    expectRefusal(
      run(dir, ['check', 'web.json', '-o', 'json=web.json']),
      /--output: web\.json is also an input of this run \(web\.json\)/,
    );
    expectRefusal(run(dir, ['check', 'web.json', '-o', 'json=./alias.json']), /--output: \.\/alias\.json is also an input/);
    expectRefusal(run(dir, ['check', 'web.json', '-e', 'ex.yaml', '-o', 'sarif=ex.yaml']), /--output: ex\.yaml is also an input/);
  });

  it.each([
    ['a directory', () => mkdirSync(join(dir, 'report.json')), /report\.json: is a directory, not a regular file/],
    ['a FIFO', () => execFileSync('mkfifo', [join(dir, 'report.json')]), /report\.json: is a FIFO, not a regular file/],
    [
      'a symbolic link',
      () => symlinkSync('victim.txt', join(dir, 'report.json')),
      /report\.json: is a symbolic link, not a regular file/,
    ],
  ])('refuses a target that is %s', (_what, plant, pattern) => {
    write(dir, 'victim.txt', 'keep me\n');
    plant();
    expectRefusal(run(dir, ['check', 'web.json', '-f', 'json', '-o', 'json=report.json']), pattern);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
  });

  it('writes several reports all or none, naming the target that failed, never the temporary', () => {
    write(dir, 'a.json', 'previous report\n');
    write(dir, 'blocker', 'a file where a directory is needed\n');
    const o = run(dir, ['check', 'web.json', '-f', 'json,sarif', '-o', 'json=a.json', '-o', 'sarif=blocker/b.sarif']);
    expectRefusal(o, /^palisade: blocker\/b\.sarif: cannot write the report \(a part of its path is a file, not a directory\)$/);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('previous report\n');
  });

  it('writes every report when all can be written, and leaves no temporary', () => {
    mkdirSync(join(dir, 'out'));
    const o = run(dir, [
      'check',
      'web.json',
      '-f',
      'json,sarif,junit',
      '-o',
      'json=out/a.json',
      '-o',
      'sarif=out/b.sarif',
      '-o',
      'junit=out/c.xml',
    ]);
    expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^palisade: failed: .*; wrote out\/a\.json, out\/b\.sarif, out\/c\.xml$/)],
      changed: ['out/a.json', 'out/b.sarif', 'out/c.xml'],
    });
  });

  it('takes - as stdout', () => {
    const o = run(dir, ['check', 'web.json', '-f', 'json', '-o', 'json=-']);
    expect({ code: o.code, changed: o.changed }).toEqual({ code: 1, changed: [] });
    expect(JSON.parse(o.stdout).tool.name).toBe('palisade');
  });

  it('leaves no temporary and no partial report when interrupted by SIGTERM or SIGINT', async () => {
    // Enough resources that rendering and writing take a noticeable time; the signal lands at varying points.
    const resources: Record<string, object> = {};
    for (let i = 0; i < 1500; i++) resources[`B${i}`] = { Type: 'AWS::S3::Bucket' };
    write(dir, 'big.json', { Resources: resources });
    for (const [signal, delay] of [
      ['SIGTERM', 300],
      ['SIGINT', 700],
      ['SIGTERM', 1100],
      ['SIGINT', 1500],
    ] as const) {
      mkdirSync(join(dir, 'out'));
      const child = spawn(
        process.execPath,
        [bundle(), 'check', 'big.json', '-f', 'json,sarif', '-o', 'json=out/a.json', '-o', 'sarif=out/b.sarif'],
        {
          cwd: dir,
          stdio: 'ignore',
        },
      );
      setTimeout(() => child.kill(signal), delay);
      await new Promise((done) => child.on('exit', done));
      const files = readdirSync(join(dir, 'out')).sort();
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // All or none, and complete when there.
      expect([[], ['a.json', 'b.sarif']]).toContainEqual(files);
      for (const f of files) expect(() => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'))).not.toThrow();
      remove(join(dir, 'out'));
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('9. usage', () => {
  it.each([
    [
      ['--output', 'sarif'],
      /^palisade: --output: 'sarif' is a format name, not a file; write --output sarif=FILE, or --format sarif for stdout$/,
    ],
    [['--output', 'json='], /^palisade: --output: 'json=' names no file; write --output json=FILE \(or json=- for stdout\)$/],
    [
      ['--pack', '__proto__'],
      /^palisade: --pack: unknown pack '__proto__' \(use ncsc-csp, ten-steps, cyber-essentials, internet-first, all\)$/,
    ],
    [['--pack', 'constructor'], /^palisade: --pack: unknown pack 'constructor'/],
  ])('refuses %j with the form to use', (args, pattern) => {
    expectRefusal(run(dir, ['check', 'web.json', ...args]), pattern);
  });

  it('reads a YAML 1.1 date in an exceptions file as the date written', () => {
    // YAML 1.1 reads this as a timestamp, 05:00 UTC on 1 January 2999; the user wrote 31 December 2998.
    write(
      dir,
      'ex.yaml',
      '%YAML 1.1\n---\nexceptions:\n  - rule: S3BucketSslRequestsOnly\n    resource: Data\n    reason: r\n    owner: o\n    expires: 2998-12-31 23:00:00 -06:00\n',
    );
    const o = run(dir, ['check', 'web.json', '-e', 'ex.yaml', '-f', 'json', '--fail-on', 'none']);
    expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
      code: 0,
      lines: ['palisade: passed: --fail-on none; wrote stdout'],
      changed: [],
    });
    expect(JSON.parse(o.stdout).exceptions.entries[0]).toMatchObject({ expires: '2998-12-31', status: 'applied' });
  });
});
