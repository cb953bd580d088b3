/** Small, hand-made findings and rules for the renderer tests: no engine, no catalogue. */
import { Controls } from '../../lib/engine/model';
import { Rule, defineRule, fail, pass } from '../../lib/engine/rule';
import { STACK_TYPE } from '../../lib/engine/template-index';
import { ReportedFinding, RunReport } from '../../lib/run/report';

const CONTROLS: Controls = {
  ncscCsp: ['1', '2.3'],
  tenSteps: ['data-security'],
  cyberEssentials: ['secure-configuration'],
  internetFirst: [],
};

export const BUCKET_TLS: Rule = defineRule({
  id: 'SampleBucketTls',
  title: 'Buckets refuse plain HTTP',
  description: 'Without a TLS-only policy a client can read objects over plain HTTP.',
  severity: 'error',
  controls: CONTROLS,
  configRule: 'S3_BUCKET_SSL_REQUESTS_ONLY',
  remediation: 'Deny aws:SecureTransport=false in the bucket policy.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: () => ({}),
  },
  evaluate: () => pass('ok'),
});

export const STACK_MONITORED: Rule = defineRule({
  id: 'SampleStackMonitored',
  title: 'Threat detection is on',
  description: 'Anomalous traffic goes unnoticed without a detector.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2'], internetFirst: ['IF-2'] },
  remediation: 'Enable GuardDuty.',
  template: {
    resourceTypes: [STACK_TYPE],
    facts: () => ({}),
  },
  evaluate: () => fail('no detector'),
});

export const RULES = [BUCKET_TLS, STACK_MONITORED];

export function finding(
  overrides: Partial<ReportedFinding> & { logicalId?: string; stack?: string; line?: number } = {},
): ReportedFinding {
  const { logicalId = 'Logs', stack = 'Web', line = 12, ...rest } = overrides;
  const rule = rest.ruleId === STACK_MONITORED.id ? STACK_MONITORED : BUCKET_TLS;
  return {
    ruleId: rule.id,
    status: 'NON_COMPLIANT',
    severity: rule.severity,
    resource: {
      stack,
      logicalId,
      type: rule === STACK_MONITORED ? STACK_TYPE : 'AWS::S3::Bucket',
      template: `cdk.out/${stack}.template.json`,
      line: rule === STACK_MONITORED ? undefined : line,
      constructPath: rule === STACK_MONITORED ? undefined : `${stack}/${logicalId}/Resource`,
    },
    message: 'no bucket policy denies requests without TLS',
    remediation: rule.remediation,
    configRule: rule.configRule,
    controls: rule.controls,
    ...rest,
  };
}

/** One of each kind of result, over two stacks. */
export function mixedFindings(): ReportedFinding[] {
  return [
    finding({ logicalId: 'Logs', line: 12 }),
    finding({ logicalId: 'Assets', line: 30, status: 'COMPLIANT', message: 'bucket policy denies requests without TLS' }),
    finding({
      logicalId: 'Uploads',
      line: 44,
      status: 'INSUFFICIENT_DATA',
      message: 'bucket policy could not be read: parameter Doc has no value until deployment',
    }),
    finding({
      logicalId: 'Archive',
      line: 60,
      suppression: { reason: 'read-only public dataset', owner: 'data-team', expires: '2027-03-31', source: 'exceptions-file' },
    }),
    finding({
      logicalId: 'Audit',
      line: 70,
      suppression: { reason: 'fronted by CloudFront only', source: 'cdk-acknowledgement' },
    }),
    finding({ logicalId: 'Site', stack: 'Api', line: 8, status: 'NOT_APPLICABLE', message: 'not a website bucket' }),
    finding({ ruleId: STACK_MONITORED.id, logicalId: '(stack)', stack: 'Api', message: 'no detector' }),
  ];
}

export function runOf(findings: ReportedFinding[], extra: Partial<RunReport> = {}): RunReport {
  return {
    findings,
    rules: RULES,
    inputs: [
      { path: 'cdk.out/Web.template.json', sha256: 'a'.repeat(64) },
      { path: 'cdk.out/Api.template.json', sha256: 'b'.repeat(64) },
    ],
    version: '9.9.9',
    now: new Date('2026-06-01T10:00:00Z'),
    cwd: process.cwd(),
    coverage: { complete: true, gaps: [] },
    gate: { failOn: 'error' },
    ...extra,
  };
}
