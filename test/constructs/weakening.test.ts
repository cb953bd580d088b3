import { Duration, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  AccountBaseline,
  AuditTrail,
  DataKey,
  EncryptedBucket,
  EncryptedDatabase,
  InternetFirstNetwork,
  ProtectedIngress,
  ThreatDetection,
} from '../../lib/constructs';
import { Checked, synthWithChecks, testApp, testStack } from './harness';

/**
 * Weakening a secure default does two things: the construct says so at synth time
 * (an acknowledgeable `@palisade/<construct>:<id>` warning), and the Palisade rule
 * for that control fails the synthesized result. Each row weakens one default of a
 * construct in its own stack; one app, synthesized once.
 */
interface Row {
  readonly stack: string;
  readonly warning: string;
  readonly rule: string;
  /** Construct path (prefix) of the resource the rule fails. */
  readonly path: string;
}

const ROWS: Row[] = [
  {
    stack: 'BucketNoTls',
    warning: '@palisade/encrypted-bucket:tls-not-enforced',
    rule: 'S3BucketSslRequestsOnly',
    path: 'BucketNoTls/Bucket/Resource',
  },
  {
    stack: 'BucketUnversioned',
    warning: '@palisade/encrypted-bucket:unversioned',
    rule: 'S3BucketVersioningEnabled',
    path: 'BucketUnversioned/Bucket/Resource',
  },
  {
    stack: 'BucketNoLogs',
    warning: '@palisade/encrypted-bucket:access-logging-disabled',
    rule: 'S3BucketLoggingEnabled',
    path: 'BucketNoLogs/Bucket/Resource',
  },
  {
    stack: 'BucketSseS3',
    warning: '@palisade/encrypted-bucket:not-kms',
    rule: 'S3BucketDefaultEncryptionKms',
    path: 'BucketSseS3/Bucket/Resource',
  },
  {
    stack: 'BucketNoScan',
    warning: '@palisade/encrypted-bucket:no-malware-scan',
    rule: 'S3BucketEventNotifications',
    path: 'BucketNoScan/Bucket/Resource',
  },
  {
    stack: 'KeyNoRotation',
    warning: '@palisade/data-key:rotation-disabled',
    rule: 'KmsKeyRotationEnabled',
    path: 'KeyNoRotation/Key',
  },
  {
    stack: 'DbOpen',
    warning: '@palisade/encrypted-database:open-to-internet',
    rule: 'SecurityGroupOpenOnlyToAuthorizedPorts',
    path: 'DbOpen/Database/SecurityGroup',
  },
  {
    stack: 'DbSingleAz',
    warning: '@palisade/encrypted-database:single-az',
    rule: 'RdsInstanceMultiAz',
    path: 'DbSingleAz/Database/Resource',
  },
  {
    stack: 'DbUnprotected',
    warning: '@palisade/encrypted-database:deletion-unprotected',
    rule: 'RdsInstanceDeletionProtection',
    path: 'DbUnprotected/Database/Resource',
  },
  {
    stack: 'DbNoIamAuth',
    warning: '@palisade/encrypted-database:no-iam-auth',
    rule: 'RdsInstanceIamAuthentication',
    path: 'DbNoIamAuth/Database/Resource',
  },
  {
    stack: 'DbNoTls',
    warning: '@palisade/encrypted-database:tls-not-forced',
    rule: 'RdsTlsEnforced',
    path: 'DbNoTls/Database/Resource',
  },
  {
    stack: 'DbNoBackupPlan',
    warning: '@palisade/encrypted-database:no-backup-plan',
    rule: 'RdsInBackupPlan',
    path: 'DbNoBackupPlan/Database/Resource',
  },
  {
    stack: 'DbVaultUnlocked',
    warning: '@palisade/encrypted-database:backup-vault-unlocked',
    rule: 'BackupVaultLocked',
    path: 'DbVaultUnlocked/Database/BackupVault',
  },
  {
    stack: 'NetUnprotected',
    warning: '@palisade/internet-first-network:firewall-unprotected',
    rule: 'NetworkFirewallDeletionProtection',
    path: 'NetUnprotected/Network/Firewall',
  },
  {
    stack: 'NetNoDnsFirewall',
    warning: '@palisade/internet-first-network:no-dns-firewall',
    rule: 'VpcDnsFirewallProtected',
    path: 'NetNoDnsFirewall/Network/Resource',
  },
  {
    stack: 'NetNoDnsLogs',
    warning: '@palisade/internet-first-network:no-dns-query-logs',
    rule: 'VpcDnsQueryLoggingEnabled',
    path: 'NetNoDnsLogs/Network/Resource',
  },
  {
    stack: 'IngressLegacyTls',
    warning: '@palisade/protected-ingress:legacy-tls',
    rule: 'ElbListenerTlsPolicy',
    path: 'IngressLegacyTls/Ingress/Resource/Https',
  },
  {
    stack: 'IngressUnprotected',
    warning: '@palisade/protected-ingress:deletion-unprotected',
    rule: 'ElbDeletionProtectionEnabled',
    path: 'IngressUnprotected/Ingress/Resource',
  },
  {
    stack: 'TrailNoData',
    warning: '@palisade/audit-trail:no-s3-data-events',
    rule: 'CloudTrailS3DataEventsEnabled',
    path: 'TrailNoData/AuditTrail/Resource',
  },
  {
    stack: 'DetectionReduced',
    warning: '@palisade/threat-detection:features-reduced',
    rule: 'GuardDutyRdsProtectionEnabled',
    path: 'DetectionReduced/ThreatDetection/Detector',
  },
];

/** Warnings recorded in the construct tree (what Annotations.fromStack reports, without a synth per stack). */
function warningsOf(stack: Stack): string[] {
  return stack.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data)));
}

const CERT = 'arn:aws:acm:eu-west-2:111111111111:certificate/00000000-0000-0000-0000-000000000000';

describe('weakening a default', () => {
  let checked: Checked;
  const stacks = new Map<string, Stack>();
  beforeAll(() => {
    const app = testApp();
    const stack = (id: string) => {
      const s = testStack(app, id);
      stacks.set(id, s);
      return s;
    };
    // Shared, secure context: a network for the databases and load balancers, a trail, a detector.
    const network = new InternetFirstNetwork(stack('Shared'), 'Network');
    new ThreatDetection(stacks.get('Shared')!, 'ThreatDetection', { network });
    new AuditTrail(stacks.get('Shared')!, 'AuditTrail');
    new AccountBaseline(stacks.get('Shared')!, 'AccountBaseline');
    const vpc = network.vpc;

    new EncryptedBucket(stack('BucketNoTls'), 'Bucket', { enforceTls: false });
    new EncryptedBucket(stack('BucketUnversioned'), 'Bucket', { versioned: false });
    new EncryptedBucket(stack('BucketNoLogs'), 'Bucket', { accessLogging: false });
    new EncryptedBucket(stack('BucketSseS3'), 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED });
    new EncryptedBucket(stack('BucketNoScan'), 'Bucket', { malwareProtection: false });
    new DataKey(stack('KeyNoRotation'), 'Key', { enableKeyRotation: false });
    new EncryptedDatabase(stack('DbOpen'), 'Database', { vpc, allowedPeers: [ec2.Peer.anyIpv4()] });
    new EncryptedDatabase(stack('DbSingleAz'), 'Database', { vpc, multiAz: false });
    new EncryptedDatabase(stack('DbUnprotected'), 'Database', { vpc, deletionProtection: false });
    new EncryptedDatabase(stack('DbNoIamAuth'), 'Database', { vpc, iamAuthentication: false });
    new EncryptedDatabase(stack('DbNoTls'), 'Database', { vpc, parameters: { 'rds.force_ssl': '0' } });
    new EncryptedDatabase(stack('DbNoBackupPlan'), 'Database', { vpc, backupPlan: false, backupRetention: Duration.days(14) });
    new EncryptedDatabase(stack('DbVaultUnlocked'), 'Database', { vpc, backupVaultLock: 'governance' });
    new InternetFirstNetwork(stack('NetUnprotected'), 'Network', { firewallProtection: false });
    new InternetFirstNetwork(stack('NetNoDnsFirewall'), 'Network', { dnsFirewall: false });
    new InternetFirstNetwork(stack('NetNoDnsLogs'), 'Network', { dnsQueryLogging: false });
    for (const [id, props] of [
      ['IngressLegacyTls', { sslPolicy: elbv2.SslPolicy.TLS13_10 }],
      ['IngressUnprotected', { deletionProtection: false }],
    ] as const) {
      const s = stack(id);
      new ProtectedIngress(s, 'Ingress', {
        vpc,
        certificate: acm.Certificate.fromCertificateArn(s, 'Certificate', CERT),
        ...props,
      });
    }
    new AuditTrail(stack('TrailNoData'), 'AuditTrail', { s3DataEvents: false });
    new ThreatDetection(stack('DetectionReduced'), 'ThreatDetection', { guardDutyFeatures: ['S3_DATA_EVENTS'] });
    checked = synthWithChecks(app);
  });

  it.each(ROWS)('$stack: warns $warning and fails $rule', (row) => {
    expect(warningsOf(stacks.get(row.stack)!)).toEqual(
      expect.arrayContaining([expect.stringContaining(`[ack: ${row.warning}]`)]),
    );
    const results = checked.findings.filter(
      (f) => f.ruleId === row.rule && (f.resource.constructPath ?? '').startsWith(row.path),
    );
    expect(results.map((f) => f.status)).toContain('NON_COMPLIANT');
  });

  it('leaves the secure shared stack clean', () => {
    const shared = checked.findings.filter(
      (f) => f.resource.stack === 'Shared' && f.status === 'NON_COMPLIANT' && !f.suppression,
    );
    expect(shared.map((f) => `${f.ruleId} ${f.resource.constructPath}`)).toEqual([]);
  });
});
