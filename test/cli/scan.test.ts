/**
 * `palisade scan`, the built binary as a user runs it: the bundled sample
 * snapshot (the reference environment with out-of-band changes), a live scan
 * against the loopback Config server, and bad input.
 */
import { spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { CATALOGUE } from '../../rules/catalogue';
import { FakeConfig, FakeItem } from '../sources/config/loopback/fake-config';
import { ASSUMED_KEY, FakeSts } from '../sources/config/loopback/fake-sts';
import { ROOT, Ran, bundle, palisade, removeBundle } from './binary';

jest.setTimeout(120_000);

const SNAPSHOT = join(ROOT, 'examples', 'snapshot');
const EXCEPTIONS = join(SNAPSHOT, 'palisade.exceptions.yaml');
const ACCOUNT = '111111111111';

let work: string;
beforeAll(() => {
  bundle();
});
afterAll(removeBundle);
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'palisade-scan-test-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

interface Result {
  ruleId: string;
  status: string;
  configRule?: string;
  suppression?: unknown;
  resource: Record<string, string | undefined>;
}

/** Spawned without blocking, so that the loopback server in this process can answer. */
function palisadeLive(args: string[], url: string, env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle(), ...args], {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        CI: 'true',
        NO_COLOR: '1',
        AWS_ACCESS_KEY_ID: 'AKIDLOOPBACKTEST',
        AWS_SECRET_ACCESS_KEY: 'loopback-secret',
        AWS_ENDPOINT_URL_CONFIG_SERVICE: url,
        AWS_CONFIG_FILE: join(work, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('scan --snapshot on the bundled sample', () => {
  let results: Result[];
  let report: { coverage: { complete: boolean; stats: { items: number } }; inputs: { path: string; sha256: string }[] };
  let ran: Ran;
  beforeAll(() => {
    ran = palisade(['scan', '--snapshot', SNAPSHOT, '--format', 'json', '--no-exceptions'], { cwd: ROOT });
    report = JSON.parse(ran.stdout);
    results = (report as unknown as { results: Result[] }).results;
  });
  const on = (ruleId: string, match: (r: Result['resource']) => boolean) =>
    results.filter((r) => r.ruleId === ruleId && match(r.resource)).map((r) => r.status);
  const hasAdapter = (ruleId: string) => Boolean(CATALOGUE.find((r) => r.id === ruleId)?.adapters.configItem);

  it('exits 1, reads every item of the snapshot and names the file with its hash', () => {
    expect(ran.code).toBe(1);
    expect(report.coverage).toMatchObject({ complete: true, stats: { items: 136 } });
    expect(report.inputs).toEqual([
      {
        path: expect.stringMatching(/_ConfigSnapshot_20261120T100000Z_.*\.json\.gz$/),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
  });

  it('finds SSH opened from 0.0.0.0/0 on the function security group, located by its stack and ARN', () => {
    const sg = (r: Result['resource']) => r.logicalId === 'FunctionSecurityGroup37F9C17C';
    expect(on('SecurityGroupNoPublicSsh', sg)).toEqual(['NON_COMPLIANT']);
    expect(on('SecurityGroupNoPublicAdminPorts', sg)).toEqual(['NON_COMPLIANT']);
    const ssh = results.find((r) => r.ruleId === 'SecurityGroupNoPublicSsh' && sg(r.resource))!;
    expect(ssh.resource).toMatchObject({
      type: 'AWS::EC2::SecurityGroup',
      stack: 'PalisadeService',
      account: ACCOUNT,
      region: 'eu-west-2',
      arn: expect.stringMatching(/^arn:aws:ec2:eu-west-2:111111111111:security-group\/sg-/),
      resourceId: expect.stringMatching(/^sg-/),
      captureTime: '2026-11-19T16:42:10.000Z',
      stateId: expect.stringMatching(/^\d+$/),
    });
    // the groups nobody changed still pass
    expect(on('SecurityGroupNoPublicSsh', (r) => r.logicalId?.startsWith('IngressSecurityGroup') ?? false)).toEqual([
      'NOT_APPLICABLE',
    ]);
  });

  // The bucket rules gain configItem adapters in other branches: each expectation applies once its rule has one.
  const bucketViolations: [string, string][] = [
    ['S3BucketDefaultEncryptionKms', 'palisadeservice-documentsdcddf95a-c2c17d5cbf0d'],
    ['S3BucketLevelPublicAccessBlocked', 'palisadeservice-documentsdcddf95a-c2c17d5cbf0d'],
    ['S3BucketDefaultEncryptionKms', 'nhs-service-exports-manual'],
    ['S3BucketVersioningEnabled', 'nhs-service-exports-manual'],
    ['S3BucketLoggingEnabled', 'nhs-service-exports-manual'],
    ['S3BucketSslRequestsOnly', 'nhs-service-exports-manual'],
  ];
  const applicable = bucketViolations.filter(([rule]) => hasAdapter(rule));
  // until then they show as skipped, not as passed
  (applicable.length ? it.each(applicable) : it.skip.each(bucketViolations))('finds %s on bucket %s', (rule, bucket) => {
    expect(on(rule, (r) => r.resourceId === bucket)).toEqual(['NON_COMPLIANT']);
  });

  it('leaves the console-created bucket without a stack: it has no CloudFormation tags', () => {
    for (const r of results.filter((x) => x.resource.resourceId === 'nhs-service-exports-manual'))
      expect(r.resource.stack).toBeUndefined();
  });

  it('honours exceptions by stack/logical id and by ARN glob, and names the gaps-free run in text', () => {
    const text = palisade(['scan', '--snapshot', SNAPSHOT, '--exceptions', EXCEPTIONS], { cwd: ROOT });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/exceptions .*palisade\.exceptions\.yaml: 7 applied, 0 expired, 0 stale/);
    expect(text.stdout).toMatch(
      /SecurityGroupNoPublicSsh {2}AWS::EC2::SecurityGroup FunctionSecurityGroup37F9C17C · arn:aws:ec2:/,
    );
    expect(text.stdout).not.toMatch(/incomplete/);
  });

  it('exits 0 with --fail-on none, and 1 again when only the SSH rule is checked', () => {
    expect(palisade(['scan', '--snapshot', SNAPSHOT, '--fail-on', 'none', '--quiet'], { cwd: ROOT }).code).toBe(0);
    const only = palisade(['scan', '--snapshot', SNAPSHOT, '--check', 'SecurityGroupNoPublicSsh', '--quiet'], { cwd: ROOT });
    expect(only.code).toBe(1);
    expect(only.stdout).toMatch(/1 non-compliant/);
  });
});

describe('scan: bad input is one line and exit 2', () => {
  const oneLine = (r: Ran, pattern: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };

  it('a truncated snapshot', () => {
    const whole = gzipSync(JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'x', configurationItems: [] }));
    const file = join(work, 'truncated.json.gz');
    writeFileSync(file, whole.subarray(0, whole.length - 12));
    oneLine(palisade(['scan', '--snapshot', file], { cwd: work }), /truncated\.json\.gz: truncated or corrupt gzip/);
  });

  it('a file that is not a snapshot', () => {
    const file = join(work, 'template.json');
    writeFileSync(file, JSON.stringify({ Resources: {} }));
    oneLine(palisade(['scan', '--snapshot', file], { cwd: work }), /template\.json: /);
  });

  it('an unknown region, a role ARN that is not one, and no source at all', () => {
    oneLine(palisade(['scan', '--region', 'moon-1'], { cwd: work }), /--region: 'moon-1' is not an AWS region name/);
    oneLine(
      palisade(['scan', '--region', 'eu-west-2', '--role-arn', 'arn:aws:iam::1:role/x'], { cwd: work }),
      /--role-arn: 'arn:aws:iam::1:role\/x' is not an IAM role ARN/,
    );
    oneLine(
      palisade(['scan', '--snapshot', SNAPSHOT, '--role-arn', `arn:aws:iam::${ACCOUNT}:role/Audit`], { cwd: work }),
      /cannot be combined with --role-arn/,
    );
    oneLine(palisade(['scan'], { cwd: work }), /give --snapshot/);
    oneLine(
      palisade(['scan', '--snapshot', SNAPSHOT, '--region', 'eu-west-2'], { cwd: work }),
      /cannot be combined with --region/,
    );
  });

  it('a missing aggregator', async () => {
    const fake = new FakeConfig({ items: [] });
    const url = await fake.start();
    try {
      oneLine(
        await palisadeLive(['scan', '--aggregator', 'org', '--region', 'eu-west-2'], url),
        /--aggregator: no configuration aggregator named 'org' in eu-west-2/,
      );
    } finally {
      await fake.stop();
    }
  });
});

describe('scan against the loopback Config server', () => {
  const items: FakeItem[] = ['eu-west-2', 'eu-west-1'].flatMap((region) => [
    {
      accountId: ACCOUNT,
      awsRegion: region,
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: `sg-open-${region}`,
      arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/sg-open-${region}`,
      configuration: {
        groupId: `sg-open-${region}`,
        ipPermissions: [
          { ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] },
        ],
        ipPermissionsEgress: [],
      },
      tags: { 'aws:cloudformation:stack-name': 'Web', 'aws:cloudformation:logical-id': 'WebSg' },
    },
  ]);
  let fake: FakeConfig;
  let url: string;
  beforeEach(async () => {
    fake = new FakeConfig({
      items,
      account: ACCOUNT,
      // one region refuses everything: it is a gap, never a pass
      faults: [{ op: 'DescribeConfigurationRecorders', kind: 'accessDenied', region: 'eu-west-1', times: Infinity }],
      configRules: [
        {
          name: 'restricted-ssh',
          source: 'INCOMING_SSH_DISABLED',
          region: 'eu-west-2',
          evaluations: [{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-open-eu-west-2', compliance: 'COMPLIANT' }],
        },
      ],
    });
    url = await fake.start();
  });
  afterEach(() => fake.stop());

  it('turns items into findings, and an access-denied region into a gap named in JSON and text: exit 4', async () => {
    const json = join(work, 'scan.json');
    const ran = await palisadeLive(
      ['scan', '--region', 'eu-west-2', '--region', 'eu-west-1', '--format', 'text,json', '--output', `json=${json}`],
      url,
    );
    expect(ran.code).toBe(4);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.coverage.complete).toBe(false);
    expect(report.coverage.gaps).toEqual([
      {
        // the account is named by the recorder of the region that could be read
        account: ACCOUNT,
        region: 'eu-west-1',
        reason: 'access denied (AccessDeniedException)',
        action: 'config:DescribeConfigurationRecorders',
      },
    ]);
    const ssh = report.results.filter((r: Result) => r.ruleId === 'SecurityGroupNoPublicSsh');
    expect(ssh).toEqual([
      expect.objectContaining({
        status: 'NON_COMPLIANT',
        resource: expect.objectContaining({
          arn: `arn:aws:ec2:eu-west-2:${ACCOUNT}:security-group/sg-open-eu-west-2`,
          account: ACCOUNT,
          region: 'eu-west-2',
          stack: 'Web',
          logicalId: 'WebSg',
          captureTime: '2026-11-20T10:00:00.000Z',
          stateId: '1763632800000',
        }),
      }),
    ]);
    // nothing from the denied region is reported, compliant or not
    expect(report.results.some((r: Result) => r.resource.region === 'eu-west-1')).toBe(false);
    expect(ran.stdout).toMatch(/incomplete: 1 scope\(s\) could not be read/);
    expect(ran.stdout).toMatch(
      /111111111111\/eu-west-1: access denied \(AccessDeniedException\) \(needs config:DescribeConfigurationRecorders\)/,
    );
    expect(ran.stderr).not.toMatch(/NodeVersionSupportWarning/);
  });

  it('--role-arn reads as the assumed role (Config requests signed with its session), and a refused role is a gap: exit 4', async () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/PalisadeScanner`;
    const refused = `arn:aws:iam::${ACCOUNT}:role/NotTrusted`;
    const sts = new FakeSts([refused]);
    const stsUrl = await sts.start();
    try {
      const ran = await palisadeLive(['scan', '--region', 'eu-west-2', '--role-arn', role, '--format', 'json'], url, {
        AWS_ENDPOINT_URL_STS: stsUrl,
      });
      expect(ran.code).toBe(1);
      expect(sts.assumed).toEqual([role]);
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(new Set(fake.requests.map((r) => r.accessKey))).toEqual(new Set([ASSUMED_KEY]));
      expect(JSON.parse(ran.stdout).coverage.complete).toBe(true);

      const denied = await palisadeLive(['scan', '--region', 'eu-west-2', '--role-arn', refused, '--format', 'json'], url, {
        AWS_ENDPOINT_URL_STS: stsUrl,
      });
      expect(denied.code).toBe(4);
      expect(JSON.parse(denied.stdout).coverage.gaps).toEqual([
        expect.objectContaining({
          region: 'eu-west-2',
          reason: `could not assume ${refused} (AccessDenied)`,
          action: 'sts:AssumeRole',
        }),
      ]);
      expect(JSON.parse(denied.stdout).results.filter((r: Result) => r.status === 'COMPLIANT')).toEqual([]);
    } finally {
      await sts.stop();
    }
  });

  it('--compare-config-rules lists the resource where AWS Config and Palisade disagree', async () => {
    const json = join(work, 'scan.json');
    const ran = await palisadeLive(
      ['scan', '--region', 'eu-west-2', '--compare-config-rules', '--format', 'text,json', '--output', `json=${json}`],
      url,
    );
    expect(ran.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.configRules.rules).toEqual([
      {
        configRule: 'INCOMING_SSH_DISABLED',
        configRuleName: 'restricted-ssh',
        account: ACCOUNT,
        region: 'eu-west-2',
        evaluations: 1,
      },
    ]);
    expect(report.configRules.differences).toEqual([
      {
        ruleId: 'SecurityGroupNoPublicSsh',
        configRule: 'INCOMING_SSH_DISABLED',
        configRuleName: 'restricted-ssh',
        account: ACCOUNT,
        region: 'eu-west-2',
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: 'sg-open-eu-west-2',
        arn: `arn:aws:ec2:eu-west-2:${ACCOUNT}:security-group/sg-open-eu-west-2`,
        aws: 'COMPLIANT',
        palisade: 'NON_COMPLIANT',
      },
    ]);
    expect(ran.stdout).toMatch(
      /SecurityGroupNoPublicSsh \/ restricted-ssh: AWS::EC2::SecurityGroup arn:aws:ec2:eu-west-2:111111111111:security-group\/sg-open-eu-west-2 \(111111111111\/eu-west-2\): AWS Config COMPLIANT, Palisade NON_COMPLIANT/,
    );
    expect(fake.count('GetComplianceDetailsByConfigRule')).toBe(1);
  });
});

describe('scan an organisation through the loopback aggregator', () => {
  const OTHER = '222222222222';
  const group = (account: string, open: boolean): FakeItem => ({
    accountId: account,
    awsRegion: 'eu-west-2',
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: `sg-${account}`,
    arn: `arn:aws:ec2:eu-west-2:${account}:security-group/sg-${account}`,
    configuration: {
      groupId: `sg-${account}`,
      ipPermissions: open
        ? [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }]
        : [],
      ipPermissionsEgress: [],
    },
  });
  const sources = [ACCOUNT, OTHER].map((a) => ({
    SourceId: a,
    SourceType: 'ACCOUNT',
    AwsRegion: 'eu-west-2',
    LastUpdateStatus: 'SUCCEEDED',
    LastUpdateTime: Date.now() / 1000,
  }));

  it('--compare-config-rules reads the organisation rule per account through the aggregator and lists where AWS disagrees', async () => {
    const evaluation = (account: string, compliance: string) => ({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: `sg-${account}`,
      compliance,
    });
    const fake = new FakeConfig({
      items: [group(ACCOUNT, true), group(OTHER, false)],
      aggregator: { name: 'org', sources },
      // an organisation rule, recognised by the name AWS gives it; AWS is wrong about the first account only
      configRules: [ACCOUNT, OTHER].map((account) => ({
        name: 'OrgConfigRule-incoming-ssh-disabled-a1b2c3d4',
        source: 'INCOMING_SSH_DISABLED',
        region: 'eu-west-2',
        account,
        evaluations: [evaluation(account, 'COMPLIANT')],
      })),
    });
    const url = await fake.start();
    try {
      const ran = await palisadeLive(
        ['scan', '--aggregator', 'org', '--region', 'eu-west-2', '--compare-config-rules', '--format', 'json'],
        url,
      );
      expect(ran.code).toBe(1);
      const report = JSON.parse(ran.stdout);
      expect(report.coverage.complete).toBe(true);
      expect(report.configRules.rules.map((r: { account: string }) => r.account).sort()).toEqual([ACCOUNT, OTHER]);
      expect(report.configRules.differences).toEqual([
        expect.objectContaining({
          ruleId: 'SecurityGroupNoPublicSsh',
          configRuleName: 'OrgConfigRule-incoming-ssh-disabled-a1b2c3d4',
          account: ACCOUNT,
          resourceId: `sg-${ACCOUNT}`,
          aws: 'COMPLIANT',
          palisade: 'NON_COMPLIANT',
        }),
      ]);
      expect(fake.count('GetAggregateComplianceDetailsByConfigRule')).toBe(2);
      expect(fake.count('GetComplianceDetailsByConfigRule')).toBe(0);
    } finally {
      await fake.stop();
    }
  });
});
