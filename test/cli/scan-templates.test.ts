/**
 * `palisade scan --templates`, the built binary: the bundled sample snapshot
 * against a fresh synthesis of the reference environment it was deployed from.
 * What `check` suppresses on the synthesized templates (the CDK-internal
 * Lambda functions, roles and access-log buckets) is suppressed on the deployed
 * items too; the out-of-band changes made to the snapshot stay NON_COMPLIANT.
 */
import { join } from 'path';
import { createReferenceEnvironment } from '../../examples/reference-environment';
import { testApp } from '../constructs/harness';
import { ROOT, bundle, palisade, removeBundle } from './binary';

jest.setTimeout(180_000);

const SNAPSHOT = join(ROOT, 'examples', 'snapshot');

interface Result {
  ruleId: string;
  status: string;
  suppression?: { reason: string; source: string };
  ignoredSuppression?: { why: string };
  resource: Record<string, string | undefined>;
}

interface Report {
  summary: Record<string, number>;
  results: Result[];
  inputs: { path: string }[];
}

let outdir: string;
let check: Report;
let plain: Report;
let acknowledged: Report;
let code: number | null;

beforeAll(() => {
  bundle();
  const app = testApp();
  createReferenceEnvironment(app, { checks: false });
  outdir = app.synth().directory;
  const json = (args: string[]) => JSON.parse(palisade([...args, '--format', 'json', '--no-exceptions'], { cwd: ROOT }).stdout);
  check = json(['check', outdir]);
  plain = json(['scan', '--snapshot', SNAPSHOT]);
  const ran = palisade(['scan', '--snapshot', SNAPSHOT, '--templates', outdir, '--format', 'json', '--no-exceptions'], {
    cwd: ROOT,
  });
  code = ran.code;
  acknowledged = JSON.parse(ran.stdout);
});
afterAll(removeBundle);

const at = (r: Result) => `${r.ruleId} ${r.resource.stack}/${r.resource.logicalId}`;
const suppressed = (report: Report) => report.results.filter((r) => r.suppression);

describe('scan --snapshot examples/snapshot --templates <reference environment>', () => {
  it('with --strict-suppressions honours none of them: the reference environment’s acknowledgements have no owner and expiry', () => {
    const ran = palisade(
      ['scan', '--snapshot', SNAPSHOT, '--templates', outdir, '--strict-suppressions', '--format', 'json', '--no-exceptions'],
      { cwd: ROOT },
    );
    const strict = JSON.parse(ran.stdout) as Report;
    expect(suppressed(strict)).toEqual([]);
    const ignored = strict.results.filter((r) => r.ignoredSuppression);
    expect(ignored.map(at).sort()).toEqual(suppressed(acknowledged).map(at).sort());
    expect(ignored[0].ignoredSuppression!.why).toMatch(/--strict-suppressions/);
  });

  it('check suppresses 42 results on the synthesized templates, and the scan without --templates none', () => {
    expect(suppressed(check)).toHaveLength(42);
    expect(suppressed(plain)).toEqual([]);
  });

  it('suppresses on the deployed items exactly what check suppresses on their templates, for every rule scan evaluates', () => {
    const scanned = new Set(acknowledged.results.map(at));
    const expected = suppressed(check)
      .map(at)
      .filter((k) => scanned.has(k));
    expect(suppressed(acknowledged).map(at).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThanOrEqual(30);
    // the CDK-internal Lambda functions and roles, and the access-log buckets
    const rules = new Set(suppressed(acknowledged).map((r) => r.ruleId));
    for (const id of ['LambdaInsideVpc', 'LambdaDlqConfigured', 'IamNoInlinePolicy', 'S3BucketLoggingEnabled'])
      expect(rules).toContain(id);
  });

  it('keeps check’s reason, and names the template acknowledgement as the source', () => {
    const byKey = new Map(suppressed(check).map((r) => [at(r), r.suppression!]));
    for (const r of suppressed(acknowledged)) {
      const s = byKey.get(at(r))!;
      expect(r.suppression).toEqual({ ...s, source: `${s.source}, template: ${r.resource.stack}/${r.resource.logicalId}` });
    }
    expect(suppressed(acknowledged).map((r) => r.suppression!.source)).toContain(
      'cdk-acknowledgement, template: PalisadeService/Handler886CB40B',
    );
  });

  it('leaves the out-of-band changes NON_COMPLIANT: SSH opened, a bucket’s encryption and public access block, a console bucket', () => {
    const open = acknowledged.results.filter((r) => r.status === 'NON_COMPLIANT' && !r.suppression);
    const where = (id: string) =>
      open.filter((r) => r.resource.logicalId === id || r.resource.resourceId === id).map((r) => r.ruleId);
    expect(where('FunctionSecurityGroup37F9C17C')).toContain('SecurityGroupNoPublicSsh');
    expect(where('DocumentsDCDDF95A').sort()).toEqual(['S3BucketDefaultEncryptionKms', 'S3BucketLevelPublicAccessBlocked']);
    expect(where('nhs-service-exports-manual').length).toBeGreaterThanOrEqual(3);
    expect(code).toBe(1);
  });

  it('counts the suppressed in the summary, and lists the templates among the inputs', () => {
    const suppressedCount = suppressed(acknowledged).length;
    expect(acknowledged.summary.suppressed).toBe(suppressedCount);
    expect(plain.summary.suppressed).toBe(0);
    // the summary counts a suppressed result once, as suppressed, whatever its status
    const open = (s: Record<string, number>) => s.NON_COMPLIANT + s.INSUFFICIENT_DATA + s.suppressed;
    expect(open(acknowledged.summary)).toBe(open(plain.summary));
    expect(acknowledged.summary.COMPLIANT).toBe(plain.summary.COMPLIANT);
    expect(acknowledged.inputs.map((i) => i.path)).toContain(join(outdir, 'PalisadeService.template.json'));
  });
});
