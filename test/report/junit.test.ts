import { junitReport } from '../../lib/report/junit';
import { parseJunit } from './junit-parse';
import { finding, mixedFindings, runOf } from './sample';

describe('junit report', () => {
  const parsed = parseJunit(junitReport(runOf(mixedFindings())));
  const suite = (name: string) => parsed.testsuite!.find((s) => s.name === name)!;
  const testcase = (stack: string, name: string) => suite(stack).testcase!.find((t) => t.name === name)!;

  it('has a testsuite per stack and a testcase per rule and resource, named by construct path when known', () => {
    expect(parsed.testsuite!.map((s) => s.name)).toEqual(['Web', 'Api']);
    expect(suite('Web').testcase!.map((t) => t.name)).toEqual([
      'SampleBucketTls Web/Logs/Resource',
      'SampleBucketTls Web/Assets/Resource',
      'SampleBucketTls Web/Uploads/Resource',
      'SampleBucketTls Web/Archive/Resource',
      'SampleBucketTls Web/Audit/Resource',
    ]);
    expect(suite('Web').testcase!.every((t) => t.classname === 'Web')).toBe(true);
    expect(suite('Api').testcase!.map((t) => t.name)).toEqual([
      'SampleBucketTls Api/Site/Resource',
      'SampleStackMonitored (stack)',
    ]);
  });

  it('fails NON_COMPLIANT results with what, where and the fix', () => {
    const failure = testcase('Web', 'SampleBucketTls Web/Logs/Resource').failure![0];
    expect(failure.type).toBe('NON_COMPLIANT');
    expect(failure.message).toBe('error: no bucket policy denies requests without TLS');
    expect(failure.inner).toContain('template: cdk.out/Web.template.json:12');
    expect(failure.inner).toContain('construct: Web/Logs/Resource');
    expect(failure.inner).toContain('fix: Deny aws:SecureTransport=false');
    expect(failure.inner).toContain('NCSC CSP 1, 2.3');
  });

  it('fails only what fails the run: a warning below --fail-on error is skipped with its message', () => {
    const below = testcase('Api', 'SampleStackMonitored (stack)');
    expect(below.failure).toBeUndefined();
    expect(below.skipped![0].message).toBe('NON_COMPLIANT warning (below --fail-on error): no detector');
    const strict = parseJunit(junitReport(runOf(mixedFindings(), { gate: { failOn: 'warning' } })));
    const api = strict.testsuite!.find((s) => s.name === 'Api')!;
    expect(api.testcase!.find((t) => t.name === 'SampleStackMonitored (stack)')!.failure![0].message).toMatch(/^warning: /);
    const none = parseJunit(junitReport(runOf(mixedFindings(), { gate: { failOn: 'none' } })));
    expect(none.failures).toBe(0);
  });

  it('with --fail-on-new, fails new results only and skips existing ones, saying so', () => {
    const findings = [finding({ logicalId: 'Old', baseline: 'existing' }), finding({ logicalId: 'Fresh', baseline: 'new' })];
    const xml = parseJunit(junitReport(runOf(findings, { gate: { failOn: 'error', failOnNew: true } })));
    const cases = xml.testsuite![0].testcase!;
    expect(cases.find((t) => t.name === 'SampleBucketTls Web/Fresh/Resource')!.failure).toHaveLength(1);
    expect(cases.find((t) => t.name === 'SampleBucketTls Web/Old/Resource')!.skipped![0].message).toContain(
      'existing since the baseline',
    );
  });

  it('lists rules left out by --check or --skip-check as skipped tests, never as passes', () => {
    const xml = parseJunit(
      junitReport(runOf(mixedFindings(), { notEvaluated: [{ ruleId: 'SampleOther', reason: 'skipped with --skip-check' }] })),
    );
    const suite = xml.testsuite!.find((s) => s.name === 'not evaluated')!;
    expect(suite.testcase!.map((t) => [t.name, t.skipped![0].message])).toEqual([
      ['SampleOther', 'not evaluated: skipped with --skip-check'],
    ]);
    expect((xml as { skipped?: number }).skipped).toBe(5);
  });

  it('shows INSUFFICIENT_DATA as skipped with its reason, or as a failure when the run fails on it', () => {
    const skipped = testcase('Web', 'SampleBucketTls Web/Uploads/Resource');
    expect(skipped.failure).toBeUndefined();
    expect(skipped.skipped![0].message).toContain(
      'INSUFFICIENT_DATA, needs review (below --fail-on error): bucket policy could not be read',
    );

    const strict = parseJunit(junitReport(runOf(mixedFindings(), { gate: { failOn: 'insufficient-data' } })));
    const failed = strict.testsuite![0].testcase!.find((t) => t.name === 'SampleBucketTls Web/Uploads/Resource')!;
    expect(failed.failure![0].type).toBe('INSUFFICIENT_DATA');
    expect(strict.failures).toBe(3);
  });

  it('skips suppressed results with the reason, and passes compliant ones', () => {
    expect(testcase('Web', 'SampleBucketTls Web/Archive/Resource').skipped![0].message).toContain(
      'suppressed: read-only public dataset (owner data-team, expires 2027-03-31, exceptions-file)',
    );
    expect(testcase('Web', 'SampleBucketTls Web/Audit/Resource').skipped![0].message).toContain('fronted by CloudFront only');
    const ok = testcase('Web', 'SampleBucketTls Web/Assets/Resource');
    expect(ok.failure).toBeUndefined();
    expect(ok.skipped).toBeUndefined();
  });

  it('counts tests, failures and skips on each suite and in total', () => {
    expect(suite('Web')).toMatchObject({ tests: 5, failures: 1, skipped: 3, errors: 0 });
    expect(suite('Api')).toMatchObject({ tests: 2, failures: 0, skipped: 1 });
    expect(parsed).toMatchObject({ name: 'palisade', tests: 7, failures: 1, errors: 0 });
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const nasty = finding({ logicalId: 'Logs', message: 'a <b> & "c" \'d\' \u0001\ud800 end\nsecond line' });
    const parsed = parseJunit(junitReport(runOf([nasty])));
    const failure = parsed.testsuite![0].testcase![0].failure![0];
    expect(failure.message).toBe('error: a <b> & "c" \'d\'  end\nsecond line');
    expect(failure.inner).toContain('problem: a <b> & "c"');
  });

  it('lists expired and stale exceptions in system-err', () => {
    const xml = junitReport(
      runOf(mixedFindings(), {
        exceptions: {
          file: 'palisade.exceptions.yaml',
          entries: [
            {
              index: 1,
              line: 7,
              rule: 'SampleBucketTls',
              resource: 'Gone',
              reason: 'r',
              owner: 'o',
              expires: '2027-03-31',
              status: 'stale',
              matched: 0,
              note: 'no result matches',
            },
          ],
        },
      }),
    );
    expect(xml).toContain(
      '<system-err>palisade.exceptions.yaml: exception 1 (line 7) SampleBucketTls &apos;Gone&apos; is stale: no result matches</system-err>',
    );
    expect(() => parseJunit(xml)).not.toThrow();
  });
});
