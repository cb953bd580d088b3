import { InputError } from '../../../lib/errors';
import { OrganisationOptions, readOrganisation } from '../../../lib/sources/config/organisation';
import { FakeConfig, FakeOptions } from './loopback/fake-config';
import { drain, fastClient } from './loopback/harness';
import { estate } from './loopback/items';

const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const REGIONS = ['eu-west-2', 'eu-west-1'];
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::IAM::Role'];
const ITEMS = estate({ accounts: ACCOUNTS, regions: REGIONS, perScope: 120 });
const ALL_ARNS = ITEMS.map((i) => i.arn).sort();
const fresh = new Date();
const SOURCES = ACCOUNTS.flatMap((a) =>
  REGIONS.map((r) => ({
    SourceId: a,
    SourceType: 'ACCOUNT',
    AwsRegion: r,
    LastUpdateStatus: 'SUCCEEDED',
    LastUpdateTime: fresh.getTime() / 1000,
  })),
);

let fake: FakeConfig;
async function scan(fakeOptions: Partial<FakeOptions>, options: Partial<OrganisationOptions> = {}) {
  fake = new FakeConfig({ items: ITEMS, aggregator: { name: 'org', sources: SOURCES }, ...fakeOptions });
  const endpointUrl = await fake.start();
  try {
    return await drain(
      readOrganisation({
        aggregator: 'org',
        region: 'eu-west-2',
        resourceTypes: TYPES,
        endpointUrl,
        clientConfig: fastClient(),
        ...options,
      }),
    );
  } finally {
    await fake.stop();
  }
}

describe('readOrganisation against the loopback aggregator', () => {
  it('reads every account once, sharded by account and type', async () => {
    const { arns, coverage } = await scan({});
    expect(arns).toEqual(ALL_ARNS);
    expect(coverage.complete).toBe(true);
    const selects = fake.requests.filter((r) => r.op === 'SelectAggregateResourceConfig');
    // one grouped count, then per shard: 240 regional items (3 pages) or 120 roles (2 pages)
    expect(selects).toHaveLength(1 + ACCOUNTS.length * (3 + 3 + 2));
  });

  it('retries throttling on 5 % of calls and still returns the same items', async () => {
    const { arns, coverage } = await scan({
      faults: [{ op: 'SelectAggregateResourceConfig', kind: 'throttle', ratio: 0.05, times: Infinity }],
    });
    expect(arns).toEqual(ALL_ARNS);
    expect(coverage.gaps).toEqual([]);
  });

  it('leaves a gap for the account it may not read', async () => {
    const { arns, coverage } = await scan({
      faults: [{ op: 'SelectAggregateResourceConfig', kind: 'accessDenied', account: '222222222222', times: Infinity }],
    });
    expect(coverage.gaps.map((g) => [g.account, g.resourceType, g.action])).toEqual(
      ['AWS::EC2::SecurityGroup', 'AWS::IAM::Role', 'AWS::S3::Bucket'].map((t) => [
        '222222222222',
        t,
        'config:SelectAggregateResourceConfig',
      ]),
    );
    expect(arns).toEqual(
      ITEMS.filter((i) => i.accountId !== '222222222222')
        .map((i) => i.arn)
        .sort(),
    );
  });

  it('marks failed and stale sources incomplete', async () => {
    const sources = [
      ...SOURCES.slice(2),
      { ...SOURCES[0], LastUpdateStatus: 'FAILED', LastErrorCode: 'AccessDeniedException', LastErrorMessage: 'no role' },
      { ...SOURCES[1], LastUpdateTime: fresh.getTime() / 1000 - 3 * 86400 },
    ];
    const { coverage } = await scan({ aggregator: { name: 'org', sources } });
    expect(coverage.gaps).toEqual([
      {
        account: '111111111111',
        region: 'eu-west-1',
        reason: expect.stringMatching(/^aggregator source is stale: last updated /),
      },
      { account: '111111111111', region: 'eu-west-2', reason: 'aggregator source failed: AccessDeniedException no role' },
    ]);
  });

  it('reads a shard whose Select fails with BatchGetAggregateResourceConfig, looping on unprocessed identifiers, and says tags are missing', async () => {
    const { arns, coverage } = await scan({
      faults: [
        {
          op: 'SelectAggregateResourceConfig',
          kind: 'invalidExpression',
          account: '333333333333',
          resourceType: 'AWS::S3::Bucket',
          times: Infinity,
        },
        { op: 'BatchGetAggregateResourceConfig', kind: 'unprocessed', times: 2 },
      ],
    });
    expect(arns).toEqual(ALL_ARNS);
    expect(coverage.gaps).toEqual([
      {
        account: '333333333333',
        region: 'all',
        resourceType: 'AWS::S3::Bucket',
        reason: expect.stringMatching(/^read without tags or relationships/),
      },
    ]);
    expect(fake.count('BatchGetAggregateResourceConfig')).toBe(5);
  });

  it('fails as bad input when the aggregator does not exist', async () => {
    await expect(scan({}, { aggregator: 'nope' })).rejects.toThrow(
      new InputError("--aggregator: no configuration aggregator named 'nope' in eu-west-2"),
    );
  });
});
