import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Size, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { defineRule, fail, pass } from '../../lib/engine/rule';
import {
  CyberEssentialsChecks,
  InternetFirstChecks,
  NcscCloudSecurityPrinciplesChecks,
  NcscTenStepsChecks,
  PalisadeChecks,
} from '../../lib/nag';
import { CATALOGUE, rulesOfPack } from '../../rules/catalogue';

/** A team's own rule beside the catalogue: buckets must have an explicit name. */
const BucketNamed = defineRule<{ name: unknown }>({
  id: 'TeamBucketNamed',
  title: 'Buckets are named explicitly',
  description: 'A test rule.',
  severity: 'error',
  controls: {},
  remediation: 'Set BucketName.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (b) => ({ name: b.get('BucketName') }),
  },
  evaluate: ({ name }) => (name === undefined ? fail('BucketName is not set') : pass('named')),
});

interface ReportViolation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath?: string }[];
}

/**
 * Synthesizes with the pack registered and returns its violations. CDK's own
 * CloudFormation validation is switched off: it is not under test and costs seconds per synth.
 */
function synthWith(build: (app: App) => void, plugin: (app: App) => object): ReportViolation[] {
  const outdir = mkdtempSync(join(tmpdir(), 'palisade-nag-'));
  const app = new App({
    outdir,
    builtinCloudFormationValidation: false,
    context: { '@aws-cdk/core:failSynthOnValidationErrors': false },
  });
  build(app);
  Validations.of(app).addPlugins(plugin(app) as never);
  const stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    app.synth();
  } finally {
    stderr.mockRestore();
  }
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
  const plugins = report.pluginReports as { pluginName: string; violations: ReportViolation[] }[];
  return plugins.filter((p) => p.pluginName.endsWith('Checks')).flatMap((p) => p.violations);
}

const pathsOf = (violations: ReportViolation[], rule: string) =>
  violations.filter((v) => v.ruleName === rule).flatMap((v) => v.violatingConstructs.map((r) => r.constructPath));

describe('cdk-nag packs', () => {
  let violations: ReportViolation[];
  beforeAll(() => {
    violations = synthWith(
      (app) => {
        const stack = new Stack(app, 'Weak', { env: { region: 'eu-west-2' } });
        new s3.Bucket(stack, 'NoTls');
        new s3.Bucket(stack, 'Tls', { enforceSSL: true });
        const acked = new s3.Bucket(stack, 'Acked');
        Validations.of(acked).acknowledge({ id: 'S3BucketSslRequestsOnly', reason: 'scratch bucket for a test; holds no data' });
        const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
        const sg = new ec2.SecurityGroup(stack, 'Admin', { vpc });
        sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
        // An escape-hatch override must be seen: the L2 volume says encrypted, the override says not.
        const vol = new ec2.Volume(stack, 'Disk', { availabilityZone: 'eu-west-2a', size: Size.gibibytes(10), encrypted: true });
        (vol.node.defaultChild as ec2.CfnVolume).addPropertyOverride('Encrypted', false);
      },
      (app) => new PalisadeChecks(app, { rules: [...CATALOGUE, BucketNamed] }),
    );
  });

  it('reports violations with construct paths', () => {
    expect(pathsOf(violations, 'S3BucketSslRequestsOnly')).toContain('Weak/NoTls/Resource');
    expect(pathsOf(violations, 'SecurityGroupNoPublicAdminPorts')).toContain('Weak/Admin/Resource');
  });

  it('does not report the compliant bucket', () => {
    expect(pathsOf(violations, 'S3BucketSslRequestsOnly')).not.toContain('Weak/Tls/Resource');
  });

  it('honours an acknowledgement with a reason, for exactly that resource and rule', () => {
    expect(pathsOf(violations, 'S3BucketSslRequestsOnly')).not.toContain('Weak/Acked/Resource');
    expect(pathsOf(violations, 'TeamBucketNamed')).toContain('Weak/Acked/Resource');
  });

  it('sees a property override made through the escape hatch', () => {
    expect(pathsOf(violations, 'Ec2EbsVolumeEncrypted')).toContain('Weak/Disk/Resource');
  });

  it('reports error-severity failures as errors', () => {
    expect(violations.find((v) => v.ruleName === 'S3BucketSslRequestsOnly')?.severity).toBe('error');
  });
});

describe('pack membership', () => {
  it('each framework pack holds exactly the rules mapped to its framework', () => {
    const app = new App();
    const packs = {
      'ncsc-csp': new NcscCloudSecurityPrinciplesChecks(app),
      'ten-steps': new NcscTenStepsChecks(app),
      'cyber-essentials': new CyberEssentialsChecks(app),
      'internet-first': new InternetFirstChecks(app),
      all: new PalisadeChecks(app),
    } as const;
    for (const [id, pack] of Object.entries(packs)) {
      expect(pack.ruleIds).toEqual(rulesOfPack(id as keyof typeof packs).map((r) => r.id));
      expect(pack.ruleIds.length).toBeGreaterThan(0);
    }
  });
});

describe('stack tags', () => {
  it('reach the stack-level rules, so a tagged stack passes them at synth time', () => {
    const violations = synthWith(
      (app) => {
        const stack = new Stack(app, 'Tagged', {
          env: { region: 'eu-west-2' },
          tags: { owner: 'platform@nhs.net', 'data-classification': 'official', dpia: 'DPIA-1' },
        });
        new s3.Bucket(stack, 'B', { enforceSSL: true });
      },
      (app) => new PalisadeChecks(app),
    );
    expect(violations.filter((v) => v.ruleName === 'StackOwnershipTagged' || v.ruleName === 'StackDpiaReferenced')).toEqual([]);
  });
});
