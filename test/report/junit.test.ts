import { junitReport } from '../../lib/report/junit';
import { parseJunit } from './junit-parse';
import { finding, mixedFindings, runOf } from './sample';

describe('junit report', () => {
  const parsed = parseJunit(junitReport(runOf(mixedFindings())));
  const suite = (name: string) => parsed.testsuite!.find((s) => s.name === name)!;
  const testcase = (stack: string, name: string) => suite(stack).testcase!.find((t) => t.name === name)!;

  it('has a testsuite per stack and a testcase per rule and resource', () => {
    expect(parsed.testsuite!.map((s) => s.name)).toEqual(['Web', 'Api']);
    expect(suite('Web').testcase!.map((t) => t.name)).toEqual([
      'SampleBucketTls Logs',
      'SampleBucketTls Assets',
      'SampleBucketTls Uploads',
      'SampleBucketTls Archive',
      'SampleBucketTls Audit',
    ]);
    expect(suite('Web').testcase!.every((t) => t.classname === 'Web')).toBe(true);
    expect(suite('Api').testcase!.map((t) => t.name)).toEqual(['SampleBucketTls Site', 'SampleStackMonitored (stack)']);
  });

  it('fails NON_COMPLIANT results with what, where and the fix', () => {
    const failure = testcase('Web', 'SampleBucketTls Logs').failure![0];
    expect(failure.type).toBe('NON_COMPLIANT');
    expect(failure.message).toBe('error: no bucket policy denies requests without TLS');
    expect(failure.inner).toContain('template: cdk.out/Web.template.json:12');
    expect(failure.inner).toContain('construct: Web/Logs/Resource');
    expect(failure.inner).toContain('fix: Deny aws:SecureTransport=false');
    expect(failure.inner).toContain('NCSC CSP 1, 2.3');
    expect(testcase('Api', 'SampleStackMonitored (stack)').failure![0].message).toMatch(/^warning: /);
  });

  it('shows INSUFFICIENT_DATA as skipped with its reason, or as a failure when the run fails on it', () => {
    const skipped = testcase('Web', 'SampleBucketTls Uploads');
    expect(skipped.failure).toBeUndefined();
    expect(skipped.skipped![0].message).toContain('INSUFFICIENT_DATA, needs review: bucket policy could not be read');

    const strict = parseJunit(junitReport(runOf(mixedFindings(), { gate: { failOn: 'insufficient-data' } })));
    const failed = strict.testsuite![0].testcase!.find((t) => t.name === 'SampleBucketTls Uploads')!;
    expect(failed.failure![0].type).toBe('INSUFFICIENT_DATA');
    expect(strict.failures).toBe(3);
  });

  it('skips suppressed results with the reason, and passes compliant ones', () => {
    expect(testcase('Web', 'SampleBucketTls Archive').skipped![0].message).toContain(
      'suppressed: read-only public dataset (owner data-team, expires 2027-03-31, exceptions-file)',
    );
    expect(testcase('Web', 'SampleBucketTls Audit').skipped![0].message).toContain('fronted by CloudFront only');
    const ok = testcase('Web', 'SampleBucketTls Assets');
    expect(ok.failure).toBeUndefined();
    expect(ok.skipped).toBeUndefined();
  });

  it('counts tests, failures and skips on each suite and in total', () => {
    expect(suite('Web')).toMatchObject({ tests: 5, failures: 1, skipped: 3, errors: 0 });
    expect(suite('Api')).toMatchObject({ tests: 2, failures: 1, skipped: 0 });
    expect(parsed).toMatchObject({ name: 'palisade', tests: 7, failures: 2, errors: 0 });
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
