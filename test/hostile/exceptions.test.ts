/**
 * Issue 11, items 6 and 10, and issue 12 item 7: exceptions at scale,
 * suppressions written into templates, and exceptions for whole-stack results.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluate } from '../../lib/engine/evaluate';
import { applyExceptions, parseExceptions } from '../../lib/policy-gates/exceptions';
import { findingsReport } from '../../lib/report/json';
import { parseTemplate } from '../../lib/sources/template/parse';
import { CATALOGUE, rulesOfPack } from '../../rules/catalogue';
import { BUCKET, bundle, expectRefusal, remove, removeBundle, run, scratch, write } from './harness';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => bundle());
afterAll(removeBundle);
beforeEach(() => (dir = scratch()));
afterEach(() => remove(dir));

const BUCKETS = 2_000;
const ENTRIES = 50_000;

function buckets(n: number): object {
  const resources: Record<string, object> = {};
  for (let i = 0; i < n; i++) resources[`B${i}`] = { Type: 'AWS::S3::Bucket' };
  return { Resources: resources };
}

/** 50,000 entries: every bucket named 25 times, by exact name and by glob in turn. */
function manyExceptions(): string {
  const lines = ['exceptions:'];
  for (let i = 0; i < ENTRIES; i++) {
    const resource = i % 2 ? `big/B${i % BUCKETS}` : `'big/B${i % BUCKETS}*'`;
    lines.push(
      `  - rule: S3BucketSslRequestsOnly\n    resource: ${resource}\n    reason: r\n    owner: o\n    expires: '2999-01-01'`,
    );
  }
  return lines.join('\n') + '\n';
}

const cpuMs = (fn: () => void): number => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

describe('6. exceptions matching is linear', () => {
  it('matches 50,000 entries in less CPU time than the check itself takes', () => {
    // The check itself, as the CLI runs it: read the template, evaluate the catalogue, render the JSON report.
    const text = JSON.stringify(buckets(BUCKETS));
    const rules = rulesOfPack('all', CATALOGUE);
    let findings: ReturnType<typeof evaluate> = [];
    const checkMs = cpuMs(() => {
      findings = evaluate(rules, [parseTemplate(text, 'big.json')]);
      findingsReport(findings, [], 'test', new Date());
    });
    const exceptions = parseExceptions(manyExceptions(), 'many.yaml', new Set(CATALOGUE.map((r) => r.id)));
    let outcomes: ReturnType<typeof applyExceptions> = [];
    const matchMs = cpuMs(
      () => (outcomes = applyExceptions(findings, exceptions, '2026-01-01', new Set(rules.map((r) => r.id)))),
    );
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(ENTRIES);
    expect(findings.filter((f) => f.ruleId === 'S3BucketSslRequestsOnly' && f.suppression)).toHaveLength(BUCKETS);
    expect(matchMs).toBeLessThan(checkMs);
  });

  it('runs the CLI with 50,000 entries: one line on stderr, only the report written', () => {
    write(dir, 'big.json', buckets(BUCKETS));
    write(dir, 'many.yaml', manyExceptions());
    const o = run(dir, ['check', 'big.json', '-e', 'many.yaml', '-f', 'json', '-o', 'json=r.json', '--fail-on', 'none']);
    expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
      code: 0,
      lines: ['palisade: passed: --fail-on none; wrote r.json'],
      changed: ['r.json'],
    });
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.suppressed).toBeGreaterThanOrEqual(BUCKETS);
    // Mostly the YAML parse of a 5.5 MB file; a quadratic match took minutes.
    expect(o.ms).toBeLessThan(30_000);
  });
});

describe('10. suppressions written into templates', () => {
  const template = {
    Resources: {
      Nagged: {
        Type: 'AWS::S3::Bucket',
        Metadata: { cdk_nag: { rules_to_suppress: [{ id: 'S3BucketSslRequestsOnly', reason: 'cdk-nag reason' }] } },
      },
      Owned: {
        Type: 'AWS::S3::Bucket',
        Metadata: {
          palisade: {
            acknowledge: [{ id: 'S3BucketSslRequestsOnly', reason: 'owned reason', owner: 'data-team', expires: '2999-01-01' }],
          },
        },
      },
      Lapsed: {
        Type: 'AWS::S3::Bucket',
        Metadata: {
          palisade: { acknowledge: [{ id: 'S3BucketSslRequestsOnly', reason: 'old reason', owner: 'x', expires: '2020-01-01' }] },
        },
      },
    },
  };
  const ssl = (report: { results: { ruleId: string; resource: { logicalId: string } }[] }, id: string) =>
    report.results.find((r) => r.ruleId === 'S3BucketSslRequestsOnly' && r.resource.logicalId === id) as Record<string, unknown>;

  it('shows each with its source in every report', () => {
    write(dir, 'web.json', template);
    const o = run(dir, [
      'check',
      'web.json',
      '-f',
      'text,json,sarif,junit',
      '-o',
      'json=r.json',
      '-o',
      'sarif=r.sarif',
      '-o',
      'junit=r.xml',
    ]);
    expect({ code: o.code, changed: o.changed }).toEqual({ code: 1, changed: ['r.json', 'r.sarif', 'r.xml'] });
    expect(o.stdout).toContain('suppressed: cdk-nag reason (cdk-nag-metadata)');
    expect(o.stdout).toContain('suppressed: owned reason (owner data-team, until 2999-01-01, template-metadata)');
    expect(o.stdout).toContain('suppression not honoured (template-metadata): old reason; expired on 2020-01-01');
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(ssl(json, 'Nagged').suppression).toEqual({ reason: 'cdk-nag reason', source: 'cdk-nag-metadata' });
    expect(ssl(json, 'Lapsed').ignoredSuppression).toMatchObject({ source: 'template-metadata', why: 'expired on 2020-01-01' });
    const sarif = readFileSync(join(dir, 'r.sarif'), 'utf8');
    expect(sarif).toContain('"source": "cdk-nag-metadata"');
    expect(sarif).toContain('"source": "template-metadata"');
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toContain('cdk-nag-metadata');
    expect(junit).toContain('template-metadata');
  });

  it('with --strict-suppressions honours only those with owner and expiry', () => {
    write(dir, 'web.json', template);
    const o = run(dir, ['check', 'web.json', '-f', 'json', '--strict-suppressions']);
    expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^palisade: failed: /)],
      changed: [],
    });
    const json = JSON.parse(o.stdout);
    expect(ssl(json, 'Nagged').suppression).toBeUndefined();
    expect(ssl(json, 'Nagged').ignoredSuppression).toMatchObject({
      source: 'cdk-nag-metadata',
      why: expect.stringContaining('--strict-suppressions'),
    });
    expect(ssl(json, 'Owned').suppression).toMatchObject({ owner: 'data-team', expires: '2999-01-01' });
  });
});

describe('exceptions for whole-stack and account-wide results (issue 12, item 7)', () => {
  it.each([
    ['StackDpiaReferenced', '(stack)'],
    ['StackDpiaReferenced', 'web/(stack)'],
    ['StackDpiaReferenced', '**/(stack)'],
    ['CloudTrailEnabled', '(account)'],
    ['CloudTrailEnabled', 'web/(account)'],
    ['CloudTrailEnabled', 'w*/(account)'],
  ])('%s: %s names the result', (rule, resource) => {
    write(dir, 'web.json', BUCKET);
    write(
      dir,
      'ex.yaml',
      `exceptions:\n  - rule: ${rule}\n    resource: '${resource}'\n    reason: organisation trail\n    owner: platform\n    expires: '2999-01-01'\n`,
    );
    const o = run(dir, ['check', 'web.json', '-e', 'ex.yaml', '-f', 'json', '--fail-on', 'none']);
    expect({ code: o.code, lines: o.lines, changed: o.changed }).toEqual({
      code: 0,
      lines: ['palisade: passed: --fail-on none; wrote stdout'],
      changed: [],
    });
    const result = JSON.parse(o.stdout).results.find((r: { ruleId: string }) => r.ruleId === rule);
    expect(result.suppression).toMatchObject({ reason: 'organisation trail', source: 'exceptions-file' });
  });

  it('a pattern for another stack matches nothing and is reported stale', () => {
    write(dir, 'web.json', BUCKET);
    write(
      dir,
      'ex.yaml',
      `exceptions:\n  - rule: CloudTrailEnabled\n    resource: 'api/(account)'\n    reason: r\n    owner: o\n    expires: '2999-01-01'\n`,
    );
    const o = run(dir, ['check', 'web.json', '-e', 'ex.yaml', '-f', 'json', '--fail-on', 'none']);
    expect(o.code).toBe(0);
    expect(o.lines).toEqual([
      expect.stringMatching(/exceptions\[0\] \(line 2\) CloudTrailEnabled 'api\/\(account\)' is stale/),
      'palisade: passed: --fail-on none; wrote stdout',
    ]);
  });

  it('is refused like any entry when the rule is unknown', () => {
    write(dir, 'web.json', BUCKET);
    write(
      dir,
      'ex.yaml',
      `exceptions:\n  - rule: NoSuchRule\n    resource: '**/(stack)'\n    reason: r\n    owner: o\n    expires: '2999-01-01'\n`,
    );
    expectRefusal(
      run(dir, ['check', 'web.json', '-e', 'ex.yaml']),
      /ex\.yaml: exceptions\[0\] \(line 2\): rule: unknown rule 'NoSuchRule'/,
    );
  });
});
