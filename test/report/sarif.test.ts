import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Log, Result } from 'sarif';
import { sarifReport, uriOf } from '../../lib/report/sarif';
import { finding, mixedFindings, runOf } from './sample';
import { sarifErrors } from './sarif-schema';

const parse = (text: string): Log => JSON.parse(text);
const resultFor = (log: Log, logicalId: string): Result =>
  log.runs[0].results!.find((r) => r.locations?.[0].logicalLocations?.[0].name === logicalId)!;

describe('sarif report', () => {
  it('is valid SARIF 2.1.0 for every kind of result', () => {
    const log = parse(sarifReport(runOf(mixedFindings())));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('stays valid with --all, a baseline and exception notifications', () => {
    const findings = mixedFindings();
    findings[0].baseline = 'new';
    findings[2].baseline = 'existing';
    const run = runOf(findings, {
      baseline: {
        file: 'previous.json',
        new: 1,
        existing: 1,
        resolved: [
          {
            ruleId: 'SampleBucketTls',
            status: 'NON_COMPLIANT',
            severity: 'error',
            resource: { type: 'AWS::S3::Bucket', stack: 'Web', logicalId: 'Old', template: 'cdk.out/Web.template.json', line: 3 },
            message: 'no policy',
          },
        ],
      },
      exceptions: {
        file: 'palisade.exceptions.yaml',
        entries: [
          {
            index: 0,
            line: 2,
            rule: 'SampleBucketTls',
            resource: 'Archive',
            reason: 'r',
            owner: 'o',
            expires: '2027-03-31',
            status: 'applied',
            matched: 1,
          },
          {
            index: 1,
            line: 7,
            rule: 'SampleBucketTls',
            resource: 'Gone*',
            reason: 'r',
            owner: 'o',
            expires: '2027-03-31',
            status: 'stale',
            matched: 0,
            note: 'no result matches',
          },
          {
            index: 2,
            line: 12,
            rule: 'SampleBucketTls',
            resource: 'Logs',
            reason: 'r',
            owner: 'o',
            expires: '2020-01-01',
            status: 'expired',
            matched: 1,
            note: 'expired on 2020-01-01',
          },
        ],
      },
    });
    const log = parse(sarifReport(run, { all: true }));
    expect(sarifErrors(log)).toEqual([]);
    const notifications = log.runs[0].invocations![0].toolConfigurationNotifications!;
    expect(notifications.map((n) => n.descriptor!.id)).toEqual(['palisade/exception-stale', 'palisade/exception-expired']);
    expect(notifications[1].locations![0].physicalLocation!.region!.startLine).toBe(12);
  });

  it('describes each rule with help, remediation, framework mappings and a security severity', () => {
    const log = parse(sarifReport(runOf(mixedFindings())));
    const rules = log.runs[0].tool.driver.rules!;
    const tls = rules.find((r) => r.id === 'SampleBucketTls')!;
    expect(tls.name).toBe('SampleBucketTls');
    expect(tls.shortDescription!.text).toBe('Buckets refuse plain HTTP');
    expect(tls.fullDescription!.text).toMatch(/plain HTTP/);
    expect(tls.help!.text).toContain('Deny aws:SecureTransport=false');
    expect(tls.help!.markdown).toContain(
      '| NCSC Cloud Security Principles | 1 Data in transit protection<br>2.3 Data encryption |',
    );
    expect(tls.help!.markdown).toContain('`S3_BUCKET_SSL_REQUESTS_ONLY`');
    expect(tls.properties!['security-severity']).toBe('8.0');
    expect(tls.properties!.tags).toEqual(
      expect.arrayContaining(['security', 'ncsc-csp/1', 'ten-steps/data-security', 'cyber-essentials/secure-configuration']),
    );
    const stack = rules.find((r) => r.id === 'SampleStackMonitored')!;
    expect(stack.properties!['security-severity']).toBe('5.0');
    expect(stack.properties!.tags).toContain('internet-first/IF-2');
    for (const r of log.runs[0].results!) expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
  });

  it('reports failing results only, at their template file and line, with levels by severity and status', () => {
    const log = parse(sarifReport(runOf(mixedFindings())));
    const results = log.runs[0].results!;
    expect(results.map((r) => r.locations![0].logicalLocations![0].name).sort()).toEqual([
      '(stack)',
      'Archive',
      'Audit',
      'Logs',
      'Uploads',
    ]);
    const logs = resultFor(log, 'Logs');
    expect(logs.level).toBe('error');
    expect(logs.kind).toBeUndefined(); // fail
    expect(logs.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'cdk.out/Web.template.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12 },
    });
    expect(logs.locations![0].logicalLocations![0].fullyQualifiedName).toBe('Web/Logs/Resource');
    expect(logs.message.text).toContain('no bucket policy denies requests without TLS');
    expect(resultFor(log, 'Uploads').level).toBe('note');
    expect(resultFor(log, 'Uploads').message.text).toContain('needs review');
    const stack = resultFor(log, '(stack)');
    expect(stack.level).toBe('warning');
    expect(stack.locations![0].physicalLocation!.region!.startLine).toBe(1);
    expect(stack.message.text).toContain('stack Api');
  });

  it('includes compliant and not-applicable results as pass and notApplicable with --all', () => {
    const log = parse(sarifReport(runOf(mixedFindings()), { all: true }));
    expect(resultFor(log, 'Assets')).toMatchObject({ kind: 'pass', level: 'none' });
    expect(resultFor(log, 'Site')).toMatchObject({ kind: 'notApplicable', level: 'none' });
  });

  it('keeps suppressed results, with their justification, owner and expiry', () => {
    const log = parse(sarifReport(runOf(mixedFindings())));
    expect(resultFor(log, 'Archive').suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'read-only public dataset',
        properties: { source: 'exceptions-file', owner: 'data-team', expires: '2027-03-31' },
      },
    ]);
    expect(resultFor(log, 'Audit').suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'fronted by CloudFront only',
        properties: { source: 'cdk-acknowledgement' },
      },
    ]);
    expect(resultFor(log, 'Logs').suppressions).toBeUndefined();
  });

  it('gives a fingerprint that follows the resource, not the line', () => {
    const a = resultFor(parse(sarifReport(runOf([finding({ line: 12 })]))), 'Logs');
    const b = resultFor(parse(sarifReport(runOf([finding({ line: 99 })]))), 'Logs');
    const c = resultFor(parse(sarifReport(runOf([finding({ logicalId: 'Other' })]))), 'Other');
    expect(a.partialFingerprints).toEqual(b.partialFingerprints);
    expect(a.partialFingerprints).not.toEqual(c.partialFingerprints);
  });

  it('states baselineState new, unchanged and absent', () => {
    const findings = [finding({ logicalId: 'Logs', baseline: 'new' }), finding({ logicalId: 'Keep', baseline: 'existing' })];
    const run = runOf(findings, {
      baseline: {
        file: 'previous.json',
        new: 1,
        existing: 1,
        resolved: [
          {
            ruleId: 'SampleBucketTls',
            status: 'NON_COMPLIANT',
            severity: 'error',
            resource: { type: 'AWS::S3::Bucket', stack: 'Web', logicalId: 'Fixed', template: 'cdk.out/Web.template.json' },
            message: 'no policy',
          },
        ],
      },
    });
    const log = parse(sarifReport(run));
    expect(resultFor(log, 'Logs').baselineState).toBe('new');
    expect(resultFor(log, 'Keep').baselineState).toBe('unchanged');
    expect(resultFor(log, 'Fixed')).toMatchObject({ baselineState: 'absent', kind: 'pass', level: 'none' });
    expect(sarifErrors(log)).toEqual([]);
  });

  it('makes template paths relative URIs with forward slashes', () => {
    expect(uriOf('/repo/cdk.out/My Stack.template.json', '/repo')).toBe('cdk.out/My%20Stack.template.json');
    expect(uriOf('cdk.out/a#b.json', '/repo')).toBe('cdk.out/a%23b.json');
    expect(uriOf('/elsewhere/t.json', '/repo')).toBe('../elsewhere/t.json');
  });
});

describe('sarif locations in the repository', () => {
  const cwd = join(tmpdir(), 'repo', 'infra');
  it('makes URIs relative to --sarif-base with a uriBaseId, and absolute outside it', () => {
    const run = runOf([finding({ logicalId: 'Logs' })], { cwd, sarifBase: join(tmpdir(), 'repo') });
    const log = JSON.parse(sarifReport({ ...run, inputs: [...run.inputs, { path: '/elsewhere/x.json' }] }));
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(join(tmpdir(), 'repo')).href + '/');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'infra/cdk.out/Web.template.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(log.runs[0].artifacts.at(-1).location).toEqual({ uri: 'file:///elsewhere/x.json' });
  });

  it('adds the line of the app that created the construct as a related location', () => {
    const site = { file: join(tmpdir(), 'repo', 'infra', 'bin', 'app.ts'), line: 14, column: 3 };
    const run = runOf([finding({ logicalId: 'Logs' })], {
      cwd,
      sarifBase: join(tmpdir(), 'repo'),
      sourceSites: new Map([['Web/Logs/Resource', site]]),
    });
    const result = JSON.parse(sarifReport(run)).runs[0].results[0];
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'Web/Logs/Resource is created here' },
        physicalLocation: {
          artifactLocation: { uri: 'infra/bin/app.ts', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 3 },
        },
      },
    ]);
    expect(sarifErrors(JSON.parse(sarifReport(run)))).toEqual([]);
  });

  it('marks rules left out by --skip-check as disabled for the run', () => {
    const run = runOf([finding()], { notEvaluated: [{ ruleId: 'SampleOther', reason: 'skipped with --skip-check' }] });
    const invocation = JSON.parse(sarifReport(run)).runs[0].invocations[0];
    expect(invocation.ruleConfigurationOverrides).toEqual([
      {
        descriptor: { id: 'SampleOther' },
        configuration: { enabled: false },
        properties: { reason: 'skipped with --skip-check' },
      },
    ]);
  });
});
