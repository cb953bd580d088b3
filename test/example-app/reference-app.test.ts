import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { ReferenceEnvironment, createReferenceEnvironment } from '../../examples/reference-environment';
import { Checked, nagFailures, openFailures, palisadeFailures, synthAndCheck, testApp } from '../constructs/harness';
import { RouteGraph, routingViolations } from './route-graph';

/**
 * The reference environment, synthesized once with PalisadeChecks and
 * AwsSolutionsChecks registered (as bin/example-app.ts does), then checked again by
 * the engine over the cloud assembly, as `palisade check cdk.out` does.
 */
describe('reference environment', () => {
  let app: App;
  let env: ReferenceEnvironment;
  let checked: Checked;
  const templateOf = (stack: Stack) => JSON.parse(readFileSync(join(checked.outdir, stack.templateFile), 'utf8'));

  beforeAll(() => {
    app = testApp();
    env = createReferenceEnvironment(app);
    checked = synthAndCheck(app);
  });

  describe('dogfood', () => {
    it('has zero open NON_COMPLIANT results (engine over cdk.out, as `palisade check` runs)', () => {
      expect(openFailures(checked.findings)).toEqual([]);
    });

    it('has zero PalisadeChecks failures during synthesis', () => {
      expect(palisadeFailures(checked.palisade)).toEqual([]);
    });

    it('has no unacknowledged AwsSolutionsChecks finding', () => {
      expect(nagFailures(checked.awsSolutions)).toEqual([]);
    });

    it('acknowledges only with specific reasons, and this is the list', () => {
      const acks = acknowledgementsOf(app);
      for (const a of acks) expect(a.reason.length).toBeGreaterThan(60);
      const nag = acks.filter((a) => a.id.startsWith('AwsSolutions-')).map((a) => `${a.id} @ ${a.path}`);
      // Every AwsSolutions acknowledgement in the reference environment; a new one must be added here deliberately.
      expect(nag.sort()).toEqual(
        [
          'AwsSolutions-EC23 @ PalisadeService/Ingress/SecurityGroup',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ PalisadeService/Database/BackupPlan/Database',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole] @ PalisadeBaseline/AWS679f53fac002430cb0da5b7982bd2287',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole] @ PalisadeNetwork/AWS679f53fac002430cb0da5b7982bd2287',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole] @ PalisadeService/HandlerRole',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole] @ PalisadeBaseline/AccountBaseline/ConfigRole',
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole] @ PalisadeService/Database/Resource',
          'AwsSolutions-IAM5[Resource::*] @ PalisadeBaseline/AccountBaseline/EbsEncryptionByDefault',
          'AwsSolutions-IAM5[Resource::*] @ PalisadeBaseline/AccountBaseline/PasswordPolicy',
          'AwsSolutions-IAM5[Resource::*] @ PalisadeBaseline/AccountBaseline/S3AccountPublicAccessBlock',
          'AwsSolutions-IAM5[Resource::*] @ PalisadeNetwork/Network/DomainListLookupRole',
          'AwsSolutions-IAM5[Resource::*] @ PalisadeService/HandlerRole',
          'AwsSolutions-IAM5[Resource::<AccountBaselineConfigBucket865AF470.Arn>/AWSLogs/111111111111/Config/*] @ PalisadeBaseline/AccountBaseline/ConfigRole',
          'AwsSolutions-IAM5[Resource::<DocumentsDCDDF95A.Arn>/*] @ PalisadeService/Documents/MalwareProtectionRole',
          'AwsSolutions-IAM5[Resource::<DocumentsDCDDF95A.Arn>/*] @ PalisadeService/HandlerRole',
          'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:events:eu-west-2:111111111111:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*] @ PalisadeService/Documents/MalwareProtectionRole',
          'AwsSolutions-RDS11 @ PalisadeService/Database/Resource',
        ].sort(),
      );
    });

    it('passes most rules outright rather than by acknowledgement', () => {
      const compliant = checked.findings.filter((f) => f.status === 'COMPLIANT').length;
      const suppressed = checked.findings.filter((f) => f.suppression).length;
      expect(compliant).toBeGreaterThan(suppressed * 5);
    });
  });

  it('synthesizes three stacks bound to one account in eu-west-2, so account-wide checks can be decided', () => {
    const stacks = [env.baseline, env.network, env.service];
    expect(stacks.map((s) => s.region)).toEqual(['eu-west-2', 'eu-west-2', 'eu-west-2']);
    for (const s of stacks) expect(s.account).toEqual(process.env.CDK_DEFAULT_ACCOUNT ?? '111111111111');
  });

  it('counts its resources (closing note of issue 4)', () => {
    const counts = [env.baseline, env.network, env.service].map((s) => Object.keys(templateOf(s).Resources).length);
    const total = counts.reduce((a, b) => a + b, 0);
    // Printed for the report; the bounds catch a construct silently vanishing.
    process.stdout.write(
      `reference environment: ${total} resources (baseline ${counts[0]}, network ${counts[1]}, service ${counts[2]})\n`,
    );
    expect(total).toBeGreaterThan(150);
  });

  describe('route graph: every path between an application or data subnet and the internet crosses a firewall endpoint of its zone', () => {
    let graph: RouteGraph;
    beforeAll(() => {
      graph = new RouteGraph(templateOf(env.network));
    });

    it('holds for every subnet, both ways', () => {
      expect(routingViolations(templateOf(env.network))).toEqual([]);
    });

    it('covers both zones and both tiers', () => {
      const inner = graph.subnetsOf('Application', 'Data');
      expect(new Set(inner.map((s) => s.zone))).toEqual(new Set(['eu-west-2a', 'eu-west-2b']));
      expect(new Set(inner.map((s) => s.tier))).toEqual(new Set(['Application', 'Data']));
    });

    it('sends application traffic NAT -> firewall -> internet gateway, in the subnet’s zone', () => {
      for (const s of graph.subnetsOf('Application')) {
        const out = graph.egress(s.id);
        expect(out.reachesInternet).toBe(true);
        expect(out.hops.map((h) => h.via.replace(/ .*/, ''))).toEqual(['NAT', 'firewall', 'internet']);
        expect(out.firewallZones).toEqual([s.zone]);
        expect(graph.ingress(s.id).firewallZones).toEqual([s.zone]);
      }
    });

    it('gives data subnets no route off the VPC', () => {
      for (const s of graph.subnetsOf('Data')) expect(graph.egress(s.id).reachesInternet).toBe(false);
    });
  });
});

/** Every acknowledgement recorded in the construct tree (the same metadata PalisadeChecks and cdk-nag read). */
function acknowledgementsOf(app: App): { id: string; reason: string; path: string }[] {
  const acks: { id: string; reason: string; path: string }[] = [];
  for (const c of app.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        acks.push({ id: id.replace(/^annotation::/i, ''), reason: String(reason), path: c.node.path });
      }
    }
  }
  return acks;
}
