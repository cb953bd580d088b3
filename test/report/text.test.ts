import { textReport } from '../../lib/report/text';
import { finding, mixedFindings, runOf } from './sample';

const ANSI = /\u001b\[/;

describe('text report', () => {
  const text = textReport(mixedFindings(), { colour: false });

  it('groups by stack, then by severity in the order to act on', () => {
    const lines = text.split('\n');
    const web = lines.findIndex((l) => l.startsWith('Web'));
    const api = lines.findIndex((l) => l.startsWith('Api'));
    expect(web).toBeGreaterThanOrEqual(0);
    expect(api).toBeGreaterThan(web);
    expect(lines[web]).toBe('Web  cdk.out/Web.template.json  (1 error, 1 to review, 2 suppressed)');
    const sections = lines
      .slice(web, api)
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim());
    expect(sections).toEqual(['errors', 'need review (INSUFFICIENT_DATA)', 'suppressed']);
    expect(
      lines
        .slice(api)
        .filter((l) => /^ {2}\S/.test(l))
        .map((l) => l.trim()),
    ).toEqual(['warnings']);
  });

  it('says what, where and how to fix each failing result', () => {
    expect(text).toContain(
      '    SampleBucketTls  AWS::S3::Bucket Logs · line 12 · Web/Logs/Resource\n        no bucket policy denies requests without TLS\n        fix: Deny aws:SecureTransport=false in the bucket policy.',
    );
    expect(text).toContain('SampleStackMonitored  whole stack');
    expect(text).toContain('suppressed: read-only public dataset (owner data-team, until 2027-03-31, exceptions-file)');
    expect(text).toContain('suppressed: fronted by CloudFront only (cdk-acknowledgement)');
  });

  it('leaves out compliant and not-applicable results unless asked', () => {
    expect(text).not.toContain('Assets');
    expect(text).not.toContain('Site');
    const all = textReport(mixedFindings(), { colour: false, all: true });
    expect(all).toContain('Assets');
    expect(all).toMatch(/ {2}compliant\n/);
    expect(all).toMatch(/ {2}not applicable\n/);
  });

  it('ends with counts per status and per framework', () => {
    expect(text).toContain(
      '6 resources checked, 7 results: 2 non-compliant (1 error, 1 warning), 1 need review, 1 compliant, 1 not applicable, 2 suppressed',
    );
    expect(text).toContain(
      'NCSC CSP 2 failing / 6 checked · 10 Steps 1 failing / 5 checked · Cyber Essentials 1 failing / 5 checked · Internet First 1 failing / 1 checked',
    );
  });

  it('colours only when asked', () => {
    expect(text).not.toMatch(ANSI);
    expect(textReport(mixedFindings(), { colour: true })).toMatch(ANSI);
  });

  it('marks new and existing results and lists resolved ones with a baseline', () => {
    const findings = [finding({ logicalId: 'Logs', baseline: 'new' }), finding({ logicalId: 'Keep', baseline: 'existing' })];
    const out = textReport(
      findings,
      { colour: false },
      runOf(findings, {
        baseline: {
          file: 'previous.json',
          new: 1,
          existing: 1,
          resolved: [
            {
              ruleId: 'SampleBucketTls',
              status: 'NON_COMPLIANT',
              severity: 'error',
              resource: { type: 'AWS::S3::Bucket', stack: 'Web', logicalId: 'Fixed' },
              message: 'x',
            },
          ],
        },
      }),
    );
    expect(out).toContain('Logs · line 12 · Web/Logs/Resource [new]');
    expect(out).toContain('Keep · line 12 · Web/Keep/Resource [existing]');
    expect(out).toContain('baseline previous.json: 1 new, 1 existing, 1 resolved');
    expect(out).toContain('  resolved: [SampleBucketTls] AWS::S3::Bucket Fixed (stack Web)');
  });

  it('shows an expired exception on the result it no longer hides, and counts exceptions', () => {
    const findings = [finding({ expiredException: { index: 2, reason: 'legacy', owner: 'ops', expires: '2025-01-31' } })];
    const out = textReport(
      findings,
      { colour: false },
      runOf(findings, {
        exceptions: {
          file: 'palisade.exceptions.yaml',
          entries: [
            {
              index: 2,
              rule: 'SampleBucketTls',
              resource: 'Logs',
              reason: 'legacy',
              owner: 'ops',
              expires: '2025-01-31',
              status: 'expired',
              matched: 1,
            },
          ],
        },
      }),
    );
    expect(out).toContain('exception 2 expired on 2025-01-31 (owner ops): legacy');
    expect(out).toContain('exceptions palisade.exceptions.yaml: 0 applied, 1 expired, 0 stale');
  });
});
