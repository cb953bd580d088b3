import { ConfigItem, identityOf } from '../../lib/engine/config-item';
import { CoverageGap } from '../../lib/engine/model';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { evaluateItems, lookupTypes, typesToRead } from '../../lib/run/config-items';
import { ConfigRead, RecordedTypes } from '../../lib/sources/config';

const ACCOUNT = '111122223333';

function item(
  type: string,
  id: string,
  configuration: Record<string, unknown> = {},
  extra: Partial<ConfigItem> = {},
): ConfigItem {
  return {
    resourceType: type,
    resourceId: id,
    arn: `arn:aws:test:eu-west-2:${ACCOUNT}:${id}`,
    accountId: ACCOUNT,
    awsRegion: 'eu-west-2',
    captureTime: '2026-11-20T10:00:00.000Z',
    stateId: '42',
    status: 'OK',
    configuration,
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
    ...extra,
  };
}

function readOf(items: ConfigItem[], gaps: CoverageGap[] = [], recording = new Map<string, RecordedTypes>()): ConfigRead {
  return {
    items: (async function* () {
      yield* items;
    })(),
    coverage: () => ({
      complete: gaps.length === 0,
      gaps,
      stats: { items: items.length, pages: 1, throttles: 0, deleted: 0, notRecorded: 0 },
    }),
    recording: () => recording,
  };
}

const Versioned = defineRule<{ on: boolean }>({
  id: 'TestVersioned',
  title: 't',
  description: 't',
  severity: 'error',
  controls: {},
  configRule: 'TEST_VERSIONED',
  remediation: 'turn it on',
  configItem: { resourceTypes: ['AWS::S3::Bucket'], facts: (i) => ({ on: i.configuration.versioned === true }) },
  evaluate: ({ on }) => (on ? pass('versioned') : fail('not versioned')),
});

/** Reads the bucket's key among the account-region's KMS keys: a relation. */
const CustomerKey = defineRule<{ manager: string | Unknown }>({
  id: 'TestCustomerKey',
  title: 't',
  description: 't',
  severity: 'warning',
  controls: {},
  remediation: 'use your own key',
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    looksUp: ['AWS::KMS::Key'],
    facts(i, scope) {
      if (!scope.records('AWS::KMS::Key')) return { manager: new Unknown('KMS keys are not recorded') };
      const key = scope.get('AWS::KMS::Key', String(i.configuration.keyId));
      return { manager: String(key?.configuration.keyManager ?? 'missing') };
    },
  },
  evaluate: ({ manager }) =>
    isUnknown(manager) ? needsReview(manager.reason) : manager === 'CUSTOMER' ? pass('customer key') : fail(`key is ${manager}`),
});

/** An account-wide rule: a trail must exist in the account-region. */
const Trail = defineRule<{ trails: number | Unknown }>({
  id: 'TestTrail',
  title: 't',
  description: 't',
  severity: 'error',
  controls: {},
  remediation: 'add a trail',
  configItem: {
    resourceTypes: ['AWS::::Account'],
    looksUp: ['AWS::CloudTrail::Trail'],
    facts: (_i, scope) => ({
      trails: scope.records('AWS::CloudTrail::Trail')
        ? scope.ofType('AWS::CloudTrail::Trail').length
        : new Unknown('trails are not recorded'),
    }),
  },
  evaluate: ({ trails }) => (isUnknown(trails) ? needsReview(trails.reason) : trails > 0 ? pass('a trail') : fail('no trail')),
});

const statusOf = (findings: { ruleId: string; resource: { resourceId?: string }; status: string }[], rule: string, id: string) =>
  findings.filter((f) => f.ruleId === rule && f.resource.resourceId === id).map((f) => f.status);

describe('evaluateItems', () => {
  it('locates each result by type, ARN, id, account, region, capture time, state id and CloudFormation tags', async () => {
    const bucket = item(
      'AWS::S3::Bucket',
      'logs',
      { versioned: false },
      {
        tags: { 'aws:cloudformation:stack-name': 'Web', 'aws:cloudformation:logical-id': 'Logs1234' },
      },
    );
    const { findings } = await evaluateItems(readOf([bucket]), [Versioned]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'TestVersioned',
      status: 'NON_COMPLIANT',
      configRule: 'TEST_VERSIONED',
      resource: {
        type: 'AWS::S3::Bucket',
        resourceId: 'logs',
        arn: `arn:aws:test:eu-west-2:${ACCOUNT}:logs`,
        account: ACCOUNT,
        region: 'eu-west-2',
        captureTime: '2026-11-20T10:00:00.000Z',
        stateId: '42',
        stack: 'Web',
        logicalId: 'Logs1234',
      },
    });
  });

  it('decides a relation on the whole account-region, even when the related item arrives after it', async () => {
    const items = [
      item('AWS::S3::Bucket', 'a', { keyId: 'k1' }),
      item('AWS::S3::Bucket', 'b', { keyId: 'k2' }),
      item('AWS::KMS::Key', 'k1', { keyManager: 'CUSTOMER' }),
      item('AWS::KMS::Key', 'k2', { keyManager: 'AWS' }),
    ];
    const { findings } = await evaluateItems(readOf(items), [Versioned, CustomerKey]);
    expect(statusOf(findings, 'TestCustomerKey', 'a')).toEqual(['COMPLIANT']);
    expect(statusOf(findings, 'TestCustomerKey', 'b')).toEqual(['NON_COMPLIANT']);
    // every rule of an item that waits is decided once, at the end
    expect(statusOf(findings, 'TestVersioned', 'a')).toEqual(['NON_COMPLIANT']);
  });

  it('treats a type the read could not cover as not recorded, so nothing passes for want of it', async () => {
    const items = [item('AWS::S3::Bucket', 'a', { keyId: 'k1' }), item('AWS::KMS::Key', 'k1', { keyManager: 'CUSTOMER' })];
    const gap = { account: ACCOUNT, region: 'eu-west-2', resourceType: 'AWS::KMS::Key', reason: 'access denied' };
    const { findings } = await evaluateItems(readOf(items, [gap]), [CustomerKey]);
    expect(statusOf(findings, 'TestCustomerKey', 'a')).toEqual(['INSUFFICIENT_DATA']);
  });

  it('answers "not recorded" for a type it dropped, and names the rule that looked it up', async () => {
    const items = [item('AWS::KMS::Key', 'k1', { keyManager: 'CUSTOMER' }), item('AWS::S3::Bucket', 'a', { keyId: 'k1' })];
    const result = await evaluateItems(readOf(items), [CustomerKey], { relationTypes: [] });
    expect(statusOf(result.findings, 'TestCustomerKey', 'a')).toEqual(['INSUFFICIENT_DATA']);
    expect([...result.unkeptLookups]).toEqual([['AWS::KMS::Key', new Set(['TestCustomerKey'])]]);
  });

  it('answers "not recorded" for a type the adapter did not declare, however the items arrive', async () => {
    const { looksUp: _, ...adapter } = CustomerKey.adapters.configItem!;
    const Undeclared = defineRule({ ...CustomerKey, id: 'TestUndeclared', configItem: adapter });
    const items = [item('AWS::KMS::Key', 'k1', { keyManager: 'CUSTOMER' }), item('AWS::S3::Bucket', 'a', { keyId: 'k1' })];
    const result = await evaluateItems(readOf(items), [CustomerKey, Undeclared]);
    expect(statusOf(result.findings, 'TestCustomerKey', 'a')).toEqual(['COMPLIANT']);
    expect(statusOf(result.findings, 'TestUndeclared', 'a')).toEqual(['INSUFFICIENT_DATA']);
    expect([...result.unkeptLookups]).toEqual([['AWS::KMS::Key', new Set(['TestUndeclared'])]]);
  });

  it('keeps of a looked-up item only what its lookup keeps, and nothing of the items it refuses', async () => {
    const seen: ConfigItem[] = [];
    const Named = defineRule<{ found: boolean }>({
      id: 'TestNamed',
      title: 't',
      description: 't',
      severity: 'warning',
      controls: {},
      remediation: 'r',
      configItem: {
        resourceTypes: ['AWS::S3::Bucket'],
        looksUp: [
          { type: 'AWS::KMS::Key', keep: (k) => (k.configuration.keyManager === 'CUSTOMER' ? identityOf(k) : undefined) },
        ],
        facts(_bucket, scope) {
          seen.push(...scope.ofType('AWS::KMS::Key'));
          return { found: scope.get('AWS::KMS::Key', 'k1') !== undefined };
        },
      },
      evaluate: ({ found }) => (found ? pass('found') : fail('missing')),
    });
    const items = [
      item('AWS::KMS::Key', 'k1', { keyManager: 'CUSTOMER', policy: 'large' }),
      item('AWS::KMS::Key', 'k2', { keyManager: 'AWS' }),
      item('AWS::S3::Bucket', 'a'),
    ];
    const { findings } = await evaluateItems(readOf(items), [Named]);
    expect(statusOf(findings, 'TestNamed', 'a')).toEqual(['COMPLIANT']);
    expect(seen.map((k) => [k.resourceId, k.configuration])).toEqual([['k1', {}]]);
  });

  it('keeps the types the adapters declare they look up, and reads them', () => {
    expect(lookupTypes([Versioned, CustomerKey, Trail])).toEqual(['AWS::CloudTrail::Trail', 'AWS::KMS::Key']);
    expect(typesToRead([Versioned, Trail])).toEqual(['AWS::CloudTrail::Trail', 'AWS::S3::Bucket']);
  });

  it('runs account-wide rules once per account-region, and not where the whole region is a gap', async () => {
    const items = [
      item('AWS::CloudTrail::Trail', 'trail'),
      item('AWS::S3::Bucket', 'west1', {}, { awsRegion: 'eu-west-1' }),
      item('AWS::S3::Bucket', 'c1', {}, { awsRegion: 'eu-central-1' }),
    ];
    const gap = { account: ACCOUNT, region: 'eu-central-1', reason: 'access denied (AccessDeniedException)' };
    // the recorder of eu-north-1 is known to record everything; eu-west-1's is not known
    const all: RecordedTypes = { allSupported: true, includesGlobal: true, types: new Set(), excluded: new Set() };
    const recording = new Map([[`${ACCOUNT}/eu-north-1`, all]]);
    const { findings, scopes } = await evaluateItems(readOf(items, [gap], recording), [Trail], {
      scanned: () => [`${ACCOUNT}/eu-west-2`, `${ACCOUNT}/eu-north-1`],
    });
    const byRegion = Object.fromEntries(findings.map((f) => [f.resource.region, f.status]));
    // no trail where trails are recorded fails; where nobody says trails are recorded, it needs review
    expect(byRegion).toEqual({ 'eu-west-2': 'COMPLIANT', 'eu-west-1': 'INSUFFICIENT_DATA', 'eu-north-1': 'NON_COMPLIANT' });
    expect(scopes).toBe(3);
    expect(findings.every((f) => f.resource.type === 'AWS::::Account' && f.resource.resourceId === ACCOUNT)).toBe(true);
  });

  it('asks a live read for every adapter type and the relation types, never the account pseudo-type', () => {
    expect(typesToRead([Versioned, Trail], ['AWS::KMS::Key'])).toEqual(['AWS::KMS::Key', 'AWS::S3::Bucket']);
  });
});
