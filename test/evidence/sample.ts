/**
 * Findings reports for the evidence tests: a real `check` of the CLI fixture
 * template with the real catalogue, plus a runtime report made from it (ARNs,
 * one drifted result, a coverage gap), as `scan` will write them.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluate } from '../../lib/engine/evaluate';
import { Finding, Template } from '../../lib/engine/model';
import { findingsReport, sha256 } from '../../lib/report/json';
import { discoverTemplates } from '../../lib/sources/template/discover';
import { CATALOGUE } from '../../rules/catalogue';

export const NOW = new Date('2026-12-01T10:00:00Z');
export const TEMPLATE = join(__dirname, '../cli/fixtures/templates/web.template.json');

/** Endpoints and identities for the CE+ helpers: a public and an internal ALB, an NLB, CloudFront, an admin role. */
const EDGE: Template = {
  stack: 'Edge',
  file: 'edge.template.json',
  lines: new Map(),
  constructPaths: new Map(),
  body: {
    Resources: {
      PublicAlb: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: { Type: 'application', Scheme: 'internet-facing' },
      },
      InternalAlb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application', Scheme: 'internal' } },
      Nlb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'network', Scheme: 'internet-facing' } },
      Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true } } },
      AdminRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [{ PolicyName: 'all', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
        },
      },
    },
  },
};

export function synthFindings(): Finding[] {
  const { templates } = discoverTemplates([TEMPLATE]);
  return evaluate(CATALOGUE, [...templates, EDGE]) as Finding[];
}

/** The synth report, with an exception expiring within 30 days and one already expired. */
export function synthReport(): Record<string, unknown> {
  const findings = synthFindings().map((f) => ({ ...f, resource: { ...f.resource, template: 'web.template.json' } }));
  const failing = findings.filter((f) => f.status === 'NON_COMPLIANT');
  if (failing.length < 2) throw new Error('the fixture template should fail at least two checks');
  failing[0].suppression = {
    reason: 'replaced next sprint',
    owner: 'platform@example.org',
    expires: '2026-12-20',
    source: 'exceptions-file',
  };
  (failing[1] as Finding & { expiredException?: unknown }).expiredException = {
    index: 0,
    reason: 'legacy client',
    owner: 'web@example.org',
    expires: '2026-11-01',
  };
  return JSON.parse(JSON.stringify(findingsReport(findings, [{ path: 'web.template.json', sha256: sha256('x') }], '0.1.0', NOW)));
}

/** The same resources as deployed: ARNs instead of templates, the first compliant result drifted, and a gap. */
export function runtimeReport(): Record<string, unknown> {
  const base = synthFindings().filter((f) => f.resource.type !== 'Palisade::Stack');
  let drifted = false;
  const results = base.map((f) => {
    const { template: _t, line: _l, constructPath: _c, ...resource } = f.resource;
    const drift = !drifted && f.status === 'COMPLIANT';
    drifted ||= drift;
    return {
      ...f,
      status: drift ? 'NON_COMPLIANT' : f.status,
      message: drift ? 'changed in the console after deployment' : f.message,
      resource: {
        ...resource,
        arn: `arn:aws:test:eu-west-2:111122223333:${f.resource.logicalId}`,
        account: '111122223333',
        region: 'eu-west-2',
      },
    };
  });
  return {
    tool: { name: 'palisade', version: '0.1.0' },
    generatedAt: '2026-12-01T09:00:00.000Z',
    inputs: [{ path: 'config-snapshot.json', sha256: sha256('snapshot') }],
    summary: {},
    coverage: {
      complete: false,
      gaps: [
        { account: '111122223333', region: 'eu-west-1', reason: 'AccessDeniedException', action: 'config:SelectResourceConfig' },
      ],
    },
    results,
  };
}

/** Writes reports into a fresh directory; returns it and the file paths. */
export function writeReports(reports: Record<string, unknown>): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-evidence-'));
  const files = Object.entries(reports).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
    return path;
  });
  return { dir, files };
}
