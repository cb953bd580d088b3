import { join } from 'path';
import { createReferenceEnvironment } from '../../examples/reference-environment';
import { drift } from '../../lib/cli/commands/drift';
import { Drift, DriftStats } from '../../lib/drift/model';
import { testApp } from '../constructs/harness';
import { memoryIO } from './scenario';

/**
 * The bundled sample snapshot is the reference environment as deployed, changed out
 * of band: SSH opened on a security group, a bucket's KMS encryption replaced and its
 * public access block removed, a bucket created in the console. Drift against a fresh
 * synthesis of the same environment names each change.
 */
describe('palisade drift: the reference environment against examples/snapshot', () => {
  let report: { drift: Drift[]; stats: DriftStats };
  let code: number;
  beforeAll(async () => {
    const app = testApp();
    createReferenceEnvironment(app, { checks: false });
    const outdir = app.synth().directory;
    const io = memoryIO(process.cwd());
    code = await drift(
      { templates: [outdir], snapshot: [join(__dirname, '../../examples/snapshot')], format: ['json'], exceptions: false },
      io,
    );
    report = JSON.parse(io.stdout);
  });

  const intent = (ruleId: string) => report.drift.filter((d) => d.kind === 'intent' && d.ruleId === ruleId);

  it('exits 1: drift at error severity remains', () => expect(code).toBe(1));
  it('names the SSH opened on the function security group', () =>
    expect(intent('SecurityGroupNoPublicSsh').map((d) => d.resource.logicalId)).toContain('FunctionSecurityGroup37F9C17C'));
  it('names the bucket encryption replaced and the public access block removed', () => {
    expect(intent('S3BucketDefaultEncryptionKms').map((d) => d.resource.logicalId)).toEqual(['DocumentsDCDDF95A']);
    expect(intent('S3BucketLevelPublicAccessBlocked').map((d) => d.resource.logicalId)).toEqual(['DocumentsDCDDF95A']);
  });
  it('reports intent drift only where the out-of-band changes were made', () => {
    const where = report.drift.filter((d) => d.kind === 'intent').map((d) => d.resource.logicalId);
    expect([...new Set(where)].sort()).toEqual(['DocumentsDCDDF95A', 'FunctionSecurityGroup37F9C17C']);
  });
  it('reports the console-created bucket as unmanaged, and nothing else', () =>
    expect(report.drift.filter((d) => d.kind === 'unmanaged').map((d) => d.resource.resourceId)).toEqual([
      'nhs-service-exports-manual',
    ]));
  it('matches the IAM roles (recorded as global) and the untagged managed policies and recorder by their generated names', () => {
    expect(report.drift.filter((d) => d.kind !== 'intent' && /^AWS::(IAM|Config)::/.test(d.resource.type))).toEqual([]);
    expect(report.stats.matched).toBeGreaterThanOrEqual(114);
  });
  it('matches the untagged items of types CloudFormation cannot tag by what they refer to, leaving none to the count', () => {
    // 8 subnet route table associations, the internet gateway attachment and the DNS query logging association by the
    // ids of the subnets, route tables, gateway and VPC they name; the Security Hub standard by its ARN; the secret's
    // rotation schedule and resource policy by their rotation rules and policy.
    expect(report.stats.notAttributable).toBe(0);
    expect(report.stats.matched).toBe(129);
  });
  it('leaves out the AWS managed DNS Firewall domain lists as AWS-created', () => {
    expect(report.drift.some((d) => d.resource.type === 'AWS::Route53Resolver::FirewallDomainList')).toBe(false);
    expect(report.stats.awsDefaults).toBeGreaterThanOrEqual(6);
  });
  it('reports nothing declared as missing: every declared resource is deployed', () =>
    expect(report.drift.filter((d) => d.kind === 'missing')).toEqual([]));
});
