/**
 * The stages after evaluation, fed results shaped as a runtime scan gives them
 * (account, region, ARN, resource id; no template): what `scan` will hand over.
 */
import { IO } from '../../lib/cli/io';
import { Finding } from '../../lib/engine/model';
import { Evaluated, finishRun } from '../../lib/run/finish';
import { RunPlan } from '../../lib/run/prepare';
import { BUCKET_TLS, RULES } from '../report/sample';

function configFinding(resourceId: string, status: Finding['status']): Finding {
  return {
    ruleId: BUCKET_TLS.id,
    status,
    severity: 'error',
    resource: {
      type: 'AWS::S3::Bucket',
      account: '111122223333',
      region: 'eu-west-2',
      arn: `arn:aws:s3:::${resourceId}`,
      resourceId,
    },
    message: status === 'COMPLIANT' ? 'denies plain HTTP' : 'bucket policy does not deny plain HTTP',
    remediation: BUCKET_TLS.remediation,
    controls: BUCKET_TLS.controls,
  };
}

function plan(extra: Partial<RunPlan> = {}): RunPlan {
  return {
    outputs: [{ format: 'json' }],
    rules: RULES,
    gate: { failOn: 'error' },
    today: '2026-06-01',
    notEvaluated: [],
    sarifBase: process.cwd(),
    ...extra,
  };
}

function run(p: RunPlan, evaluated: Evaluated): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    out: (s) => (stdout += s),
    err: (s) => (stderr += s),
    interactive: false,
    cwd: process.cwd(),
    now: () => new Date('2026-06-01T10:00:00Z'),
  };
  return { code: finishRun(p, evaluated, io), stdout, stderr };
}

const inputs = [{ path: 'config:111122223333/eu-west-2' }];

describe('the run pipeline on runtime results', () => {
  it('reports account, region and ARN, a complete coverage, and exit 1 on a failing result', () => {
    const r = run(plan(), { findings: [configFinding('logs', 'NON_COMPLIANT'), configFinding('site', 'COMPLIANT')], inputs });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.coverage).toEqual({ complete: true, gaps: [] });
    expect(report.results[0].resource).toMatchObject({ account: '111122223333', region: 'eu-west-2', arn: 'arn:aws:s3:::logs' });
    expect(report.summary).toMatchObject({ resources: 2, NON_COMPLIANT: 1, COMPLIANT: 1 });
  });

  it('exits 4 when a scope could not be read, even with a failing result, and names the gap everywhere', () => {
    const gap = { account: '111122223333', region: 'eu-west-1', reason: 'access denied', action: 'config:SelectResourceConfig' };
    const coverage = { complete: false, gaps: [gap] };
    const json = run(plan(), { findings: [configFinding('logs', 'NON_COMPLIANT')], inputs, coverage });
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout).coverage).toEqual(coverage);
    expect(json.stderr).toContain('incomplete: 1 scope(s) could not be read; failed: 1 result(s)');

    const text = run(plan({ outputs: [{ format: 'text' }] }), {
      findings: [configFinding('site', 'COMPLIANT')],
      inputs,
      coverage,
    });
    expect(text.code).toBe(4);
    expect(text.stdout).toContain('111122223333/eu-west-1: access denied (needs config:SelectResourceConfig)');
    expect(text.stdout.trimEnd().split('\n').pop()).toBe(
      'incomplete: 1 scope(s) could not be read; passed: no result(s) at or above --fail-on error',
    );
  });

  it('applies exceptions by ARN glob and a baseline by ARN, as for templates', () => {
    const exceptions = {
      file: 'palisade.exceptions.yaml',
      entries: [
        { index: 0, rule: BUCKET_TLS.id, resource: 'arn:aws:s3:::logs*', reason: 'r', owner: 'o', expires: '2027-01-01' },
      ],
    };
    const previous = { file: 'old.json', results: [{ ...configFinding('old', 'NON_COMPLIANT') }] };
    const r = run(plan({ exceptions, previous }), {
      findings: [configFinding('logs', 'NON_COMPLIANT'), configFinding('data', 'NON_COMPLIANT')],
      inputs,
    });
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: Finding) => [x.resource.resourceId, Boolean(x.suppression), x.baseline])).toEqual([
      ['logs', true, 'new'],
      ['data', false, 'new'],
    ]);
    expect(report.baseline.resolved.map((x: Finding) => x.resource.arn)).toEqual(['arn:aws:s3:::old']);
    expect(r.code).toBe(1);
  });
});
