import { InputError } from '../../../lib/errors';
import { AccountOptions, readAccount } from '../../../lib/sources/config/account';
import { FakeConfig, FakeOptions, Fault } from './loopback/fake-config';
import { drain, fastClient, TEST_CREDENTIALS } from './loopback/harness';
import { estate } from './loopback/items';

const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-2', 'eu-west-1'];
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::IAM::Role'];
// 250 of each type per region: three pages a type, so faults can land mid-stream
const ITEMS = estate({ accounts: [ACCOUNT], regions: REGIONS, perScope: 250 });
const ALL_ARNS = ITEMS.map((i) => i.arn).sort();

let fake: FakeConfig;
async function scan(fakeOptions: Partial<FakeOptions>, options: Partial<AccountOptions> = {}) {
  fake = new FakeConfig({ items: ITEMS, account: ACCOUNT, ...fakeOptions });
  const endpointUrl = await fake.start();
  try {
    return await drain(
      readAccount({ regions: REGIONS, resourceTypes: TYPES, endpointUrl, clientConfig: fastClient(), ...options }),
    );
  } finally {
    await fake.stop();
  }
}

describe('readAccount against the loopback Config', () => {
  it('reads every item of every region once, IAM from the one region that records it', async () => {
    const { arns, coverage, items } = await scan({});
    expect(arns).toEqual(ALL_ARNS);
    expect(coverage.complete).toBe(true);
    expect(coverage.stats).toMatchObject({ items: ALL_ARNS.length, throttles: 0, deleted: 0, notRecorded: 0 });
    // 250 items a type: 3 pages each, 2 regional types × 2 regions + IAM once
    expect(coverage.stats.pages).toBe(15);
    expect(
      fake.requests.filter((r) => r.op === 'SelectResourceConfig').every((r) => r.region && r.attempt.startsWith('attempt=1')),
    ).toBe(true);
    const role = items.find((i) => i.resourceType === 'AWS::IAM::Role');
    expect(role?.configuration.assumeRolePolicyDocument).toEqual({ Version: '2012-10-17', Statement: [] });
    const bucket = items.find((i) => i.resourceType === 'AWS::S3::Bucket');
    expect(bucket?.tags['aws:cloudformation:stack-name']).toBe('Web');
    expect(bucket?.supplementaryConfiguration.BucketPolicy).toEqual({ policyText: { Version: '2012-10-17', Statement: [] } });
    expect(bucket?.captureTime).toBe('2026-11-20T10:00:00.000Z');
  });

  const transient: [string, Fault[]][] = [
    ['400 ThrottlingException twice', [{ op: 'SelectResourceConfig', kind: 'throttle', times: 2, withToken: true }]],
    ['429 with an empty body', [{ op: 'SelectResourceConfig', kind: 'throttle429', times: 2 }]],
    ['empty pages that carry a token', [{ op: 'SelectResourceConfig', kind: 'emptyPage', times: 3 }]],
    ['a repeated token', [{ op: 'SelectResourceConfig', kind: 'repeatToken', times: 2 }]],
    [
      'InvalidNextTokenException once',
      [{ op: 'SelectResourceConfig', kind: 'invalidToken', times: 1, resourceType: 'AWS::S3::Bucket' }],
    ],
    ['a malformed JSON body', [{ op: 'SelectResourceConfig', kind: 'malformed', times: 2 }]],
    ['a connection reset', [{ op: 'SelectResourceConfig', kind: 'reset', times: 2 }]],
    ['a 500', [{ op: 'SelectResourceConfig', kind: 'serverError', times: 2 }]],
    ['a response slower than the request timeout', [{ op: 'SelectResourceConfig', kind: 'slow', delayMs: 600, times: 1 }]],
    ['a throttled recorder description', [{ op: 'DescribeConfigurationRecorders', kind: 'throttle', times: 1 }]],
  ];
  it.each(transient)('retries %s to a complete result: no item lost, none twice', async (_name, faults) => {
    const { arns, coverage } = await scan({ faults }, { requestTimeoutMs: 250 });
    expect(faults.every((f) => f.times === 0)).toBe(true); // each fault was played
    expect(coverage.gaps).toEqual([]);
    expect(arns).toEqual(ALL_ARNS);
  });

  it('counts throttles, retried or not', async () => {
    const { coverage } = await scan({ faults: [{ op: 'SelectResourceConfig', kind: 'throttle', times: 3 }] });
    expect(coverage.stats.throttles).toBe(3);
    expect(coverage.complete).toBe(true);
  });

  it('leaves a gap naming the IAM action when one region denies access, and reads the other', async () => {
    const { arns, coverage } = await scan({
      faults: [{ op: 'SelectResourceConfig', kind: 'accessDenied', region: 'eu-west-1', times: Infinity }],
    });
    expect(coverage.complete).toBe(false);
    expect(coverage.gaps).toEqual(
      ['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket'].map((resourceType) => ({
        account: ACCOUNT,
        region: 'eu-west-1',
        resourceType,
        reason: 'access denied (AccessDeniedException)',
        action: 'config:SelectResourceConfig',
      })),
    );
    expect(arns).toEqual(
      ITEMS.filter((i) => i.awsRegion === 'eu-west-2')
        .map((i) => i.arn)
        .sort(),
    );
  });

  it.each([
    ['a token still invalid after retries', 'invalidToken', /InvalidNextTokenException/],
    ['a token the service keeps repeating', 'repeatToken', /repeated its page token/],
    ['throttling that outlasts the retries', 'throttle', /still throttled/],
  ] as const)('turns %s into a gap for that type and region only', async (_name, kind, reason) => {
    const faults: Fault[] = [
      {
        op: 'SelectResourceConfig',
        kind,
        region: 'eu-west-2',
        resourceType: 'AWS::S3::Bucket',
        times: Infinity,
        withToken: true,
      },
    ];
    // the fallback path is denied, so the gap is the Select's own
    faults.push({ op: 'ListDiscoveredResources', kind: 'accessDenied', times: Infinity });
    const { arns, coverage } = await scan({ faults });
    const gap = coverage.gaps.find((g) => g.resourceType === 'AWS::S3::Bucket' && g.region === 'eu-west-2');
    expect(gap).toBeDefined();
    expect(coverage.gaps).toHaveLength(1);
    expect(gap?.reason ?? '').toMatch(kind === 'throttle' ? reason : /ListDiscoveredResources|access denied/);
    // the first page was read before the failure; nothing is counted twice
    expect(new Set(arns).size).toBe(arns.length);
    const elsewhere = ITEMS.filter((i) => !(i.awsRegion === 'eu-west-2' && i.resourceType === 'AWS::S3::Bucket')).map(
      (i) => i.arn,
    );
    expect(arns).toEqual(expect.arrayContaining(elsewhere));
  });

  it('reads a type whose Select fails one by one (ListDiscoveredResources + GetResourceConfigHistory), tags included', async () => {
    const { arns, coverage, items } = await scan({
      faults: [{ op: 'SelectResourceConfig', kind: 'invalidExpression', resourceType: 'AWS::S3::Bucket', times: Infinity }],
    });
    expect(coverage.gaps).toEqual([]);
    expect(arns).toEqual(ALL_ARNS);
    expect(fake.count('GetResourceConfigHistory')).toBe(500);
    const bucket = items.find((i) => i.resourceId === `b-${ACCOUNT}-eu-west-1-7`);
    expect(bucket?.tags).toEqual({ 'aws:cloudformation:stack-name': 'Web', n: '7' });
    expect(bucket?.supplementaryConfiguration.PublicAccessBlockConfiguration).toMatchObject({ blockPublicAcls: true });
  });

  it('reports a region without a recorder, a stopped recorder and types not recorded; IAM is read where it is recorded', async () => {
    const { arns, coverage } = await scan(
      {
        recorders: {
          'eu-west-2': { resourceTypes: ['AWS::S3::Bucket'], recording: false },
          'eu-west-1': { allSupported: true, includeGlobalResourceTypes: false },
        },
      },
      { regions: ['eu-west-2', 'eu-west-1', 'eu-north-1'] },
    );
    expect(coverage.gaps).toEqual([
      {
        account: ACCOUNT,
        region: 'eu-north-1',
        reason: 'no configuration recorder in this region',
        action: 'config:PutConfigurationRecorder',
      },
      {
        account: ACCOUNT,
        region: 'eu-west-2',
        reason: 'the configuration recorder is stopped: items may be out of date',
        action: 'config:StartConfigurationRecorder',
      },
      {
        account: ACCOUNT,
        region: 'eu-west-2',
        resourceType: 'AWS::EC2::SecurityGroup',
        reason: 'the configuration recorder does not record this type',
        action: 'config:PutConfigurationRecorder',
      },
      {
        account: ACCOUNT,
        region: 'global',
        resourceType: 'AWS::IAM::Role',
        reason: 'no scanned region records this global type',
        action: 'config:PutConfigurationRecorder',
      },
    ]);
    expect(arns).toEqual(
      ITEMS.filter(
        (i) => i.resourceType !== 'AWS::IAM::Role' && !(i.awsRegion === 'eu-west-2' && i.resourceType !== 'AWS::S3::Bucket'),
      )
        .map((i) => i.arn)
        .sort(),
    );
  });

  it('is not incomplete for IAM when a scanned region other than the first records it', async () => {
    const items = ITEMS.map((i) => (i.resourceType === 'AWS::IAM::Role' ? { ...i, awsRegion: 'eu-west-1' } : i));
    fake = new FakeConfig({
      items,
      recorders: { 'eu-west-2': { allSupported: true }, 'eu-west-1': { allSupported: true, includeGlobalResourceTypes: true } },
    });
    const endpointUrl = await fake.start();
    const { arns, coverage } = await drain(
      readAccount({ regions: REGIONS, resourceTypes: TYPES, endpointUrl, clientConfig: fastClient() }),
    );
    await fake.stop();
    expect(coverage.gaps).toEqual([]);
    expect(arns).toEqual(items.map((i) => i.arn).sort());
  });

  it('stops at the overall timeout and names what was not read', async () => {
    const started = Date.now();
    const { coverage } = await scan(
      { faults: [{ op: 'SelectResourceConfig', kind: 'slow', delayMs: 2000, region: 'eu-west-1', times: Infinity }] },
      { timeoutMs: 400, requestTimeoutMs: 5000 },
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const timedOut = coverage.gaps.filter((g) => g.region === 'eu-west-1');
    expect(timedOut.map((g) => g.resourceType).sort()).toEqual(['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket']);
    expect(timedOut.every((g) => g.reason === 'the scan timed out before this was read')).toBe(true);
  });

  it("honours the SDK's AWS_ENDPOINT_URL_CONFIG_SERVICE and its default adaptive retry", async () => {
    fake = new FakeConfig({ items: ITEMS, faults: [{ op: 'SelectResourceConfig', kind: 'throttle', times: 1 }] });
    const url = await fake.start();
    process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE = url;
    try {
      const read = readAccount({
        regions: ['eu-west-2'],
        resourceTypes: ['AWS::S3::Bucket'],
        clientConfig: { credentials: TEST_CREDENTIALS },
      });
      const { arns, coverage } = await drain(read);
      expect(arns).toHaveLength(250);
      expect(coverage).toMatchObject({ complete: true, stats: { throttles: 1 } });
      expect(fake.requests.some((r) => r.attempt.startsWith('attempt=2'))).toBe(true);
    } finally {
      delete process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE;
      await fake.stop();
    }
  });

  it('rejects a region name that is not one', () => {
    expect(() => readAccount({ regions: ['london'], resourceTypes: TYPES })).toThrow(InputError);
    expect(() => readAccount({ regions: ['london'], resourceTypes: TYPES })).toThrow(
      "--region: 'london' is not an AWS region name (e.g. eu-west-2)",
    );
  });
});
