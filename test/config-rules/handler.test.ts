import { readdirSync } from 'fs';
import { join } from 'path';
import { UNDECIDED_PREFIX } from '../../lib/config-rules/evaluations';
import { InvalidEventError } from '../../lib/config-rules/event';
import { HandlerOptions, createHandler } from '../../lib/config-rules/handler';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { Unknown } from '../../lib/engine/unknown';
import { CATALOGUE } from '../../rules/catalogue';
import { FakeConfig, FakeItem, FakeOptions } from '../sources/config/loopback/fake-config';
import { fastClient } from '../sources/config/loopback/harness';
import { CORPUS, changeEvent, corpusItem, fakeItemOf, oversizedEvent, scheduledEvent, summaryOf } from './events';

const RULE = 'SecurityGroupIngressDescribed';
const SG = 'AWS_EC2_SecurityGroup';

/** A test rule on the account: passes when a multi-region trail is recorded in the account-region. */
const MultiRegionTrailProbe = defineRule<{ multiRegion: boolean | Unknown }>({
  id: 'MultiRegionTrailProbe',
  title: 'a multi-region trail exists',
  description: 'test rule',
  severity: 'error',
  controls: {},
  remediation: 'create one',
  configItem: {
    resourceTypes: [ACCOUNT_TYPE],
    facts: (_item, scope) => ({
      multiRegion: scope.records('AWS::CloudTrail::Trail')
        ? scope.ofType('AWS::CloudTrail::Trail').some((t) => t.configuration.isMultiRegionTrail === true)
        : new Unknown('trails are not recorded'),
    }),
  },
  evaluate: ({ multiRegion }) =>
    multiRegion instanceof Unknown
      ? needsReview(multiRegion.reason)
      : multiRegion
        ? pass('a multi-region trail is logging')
        : fail('no multi-region trail'),
});

const TEST_CATALOGUE: readonly Rule[] = [...CATALOGUE, MultiRegionTrailProbe];

let fake: FakeConfig;
async function run(
  fakeOptions: Partial<FakeOptions>,
  events: Parameters<ReturnType<typeof createHandler>>[0][],
  options: Partial<HandlerOptions> = {},
  functionArn = 'arn:aws:lambda:us-east-1:999999999999:function:palisade',
) {
  fake = new FakeConfig({ items: [], ...fakeOptions });
  const endpointUrl = await fake.start();
  const lines: string[] = [];
  const handler = createHandler({
    catalogue: TEST_CATALOGUE,
    client: { endpointUrl, clientConfig: fastClient() },
    log: (l) => lines.push(l),
    ...options,
  });
  try {
    const outcomes = [];
    for (const e of events) outcomes.push(await handler(e, { invokedFunctionArn: functionArn }));
    return { outcomes, lines };
  } finally {
    await fake.stop();
  }
}

const sent = () => fake.puts.flatMap((p) => p.evaluations);

describe('change-triggered: real security-group items from the corpus as events', () => {
  // Hand-checked against each file: the c7n CWE and ingres_diff groups open 22 with no description;
  // the awsdocs group has no ingress; the rest list their range only in the legacy ipRanges strings.
  const expected: Record<string, string> = {
    'awsdocs-example-sns-notification-block3-1.json': 'COMPLIANT',
    'c7n-cwe-event-config-rule-security-group.json': 'NON_COMPLIANT',
    'c7n-test_sg_config_ingres_diff-GetResourceConfigHistory_1.json': 'NON_COMPLIANT',
    'c7n-test_sg_config_diff-GetResourceConfigHistory_1-1.json': 'INSUFFICIENT_DATA',
    'c7n-test_sg_config_diff-GetResourceConfigHistory_1-2.json': 'INSUFFICIENT_DATA',
    'c7n-test_sg_config_patch_pitr-GetResourceConfigHistory_1-1.json': 'INSUFFICIENT_DATA',
    'c7n-test_sg_config_patch_pitr-GetResourceConfigHistory_1-2.json': 'INSUFFICIENT_DATA',
    'rdk-example.json': 'INSUFFICIENT_DATA',
  };

  it('covers every full security-group item in the corpus', () => {
    const files = readdirSync(join(CORPUS, SG)).filter((f) => !f.endsWith('.partial.json'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s gives %s, sent with the token and the item’s capture time', async (file, status) => {
    const raw = corpusItem(`${SG}/${file}`);
    const summary = summaryOf(raw);
    const { outcomes } = await run({}, [
      changeEvent(raw, { ruleId: RULE, account: String(summary.awsAccountId), region: String(summary.awsRegion) }),
    ]);
    expect(outcomes[0].results.map((r) => r.status)).toEqual([status]);
    expect(fake.puts).toHaveLength(1);
    const [evaluation] = fake.puts[0].evaluations;
    expect(fake.puts[0].resultToken).toBe('result-token-1');
    expect(evaluation.ComplianceResourceType).toBe('AWS::EC2::SecurityGroup');
    expect(evaluation.ComplianceResourceId).toBe(summary.resourceId);
    expect(evaluation.OrderingTimestamp * 1000).toBe(Date.parse(String(summary.configurationItemCaptureTime)));
    // Config does not accept INSUFFICIENT_DATA: it goes out as NON_COMPLIANT saying so, never as COMPLIANT
    if (status === 'INSUFFICIENT_DATA') {
      expect(evaluation.ComplianceType).toBe('NON_COMPLIANT');
      expect(evaluation.Annotation).toMatch(new RegExp(`^${UNDECIDED_PREFIX}description of ingress #1 is not known`));
    } else expect(evaluation.ComplianceType).toBe(status);
    expect(evaluation.Annotation.length).toBeLessThanOrEqual(256);
    // a rule that reads only its own item asks Config for nothing else
    expect(fake.requests.map((r) => r.op)).toEqual(['PutEvaluations']);
  });

  it('reports the item that left the rule’s scope as NOT_APPLICABLE', async () => {
    const raw = corpusItem(`${SG}/c7n-cwe-event-config-rule-security-group.json`);
    await run({}, [changeEvent(raw, { ruleId: RULE, account: '644160558196', region: 'us-east-1', leftScope: true })]);
    expect(sent().map((e) => e.ComplianceType)).toEqual(['NOT_APPLICABLE']);
  });
});

describe('deleted resources', () => {
  it.each([
    ['AWS_S3_Bucket/c7n-test_s3_normalize-ReceiveMessage_3.json', 'custodian-test-data-21'],
    ['AWS_EC2_Volume/c7n-test_ebs_health_events_filter-GetResourceConfigHistory_1-1.json', 'vol-12345'],
  ])('%s (ResourceDeleted) is NOT_APPLICABLE', async (file, id) => {
    const raw = corpusItem(file);
    await run({}, [changeEvent(raw, { ruleId: RULE, account: '644160558196', region: 'us-east-1' })]);
    expect(sent()).toEqual([expect.objectContaining({ ComplianceResourceId: id, ComplianceType: 'NOT_APPLICABLE' })]);
    expect(sent()[0].Annotation).toBe('the resource was deleted');
  });

  it('a deleted item in an oversized notification is NOT_APPLICABLE without reading it', async () => {
    const summary = { ...summaryOf(corpusItem(`${SG}/rdk-example.json`)), configurationItemStatus: 'ResourceDeleted' };
    await run({}, [oversizedEvent(summary, { ruleId: RULE, account: '123456789012', region: 'us-east-1' })]);
    expect(sent().map((e) => e.ComplianceType)).toEqual(['NOT_APPLICABLE']);
    expect(fake.count('GetResourceConfigHistory')).toBe(0);
  });
});

describe('oversized items', () => {
  it('reads the item with GetResourceConfigHistory (limit 1) and evaluates what Config returns', async () => {
    // a real GetResourceConfigHistory item (JSON-string configuration), returned verbatim by the server
    const raw = corpusItem(`${SG}/c7n-test_sg_config_ingres_diff-GetResourceConfigHistory_1.json`);
    const summary = summaryOf(raw);
    const region = String(summary.awsRegion);
    // the file keeps the capture time as the recording tool parsed it; on the wire it is epoch seconds
    const wire = { ...raw, configurationItemCaptureTime: Date.parse(String(summary.configurationItemCaptureTime)) / 1000 };
    const items: FakeItem[] = [{ ...fakeItemOf(raw), raw: wire }];
    await run({ items }, [oversizedEvent(summary, { ruleId: RULE, account: String(summary.awsAccountId), region })]);
    const history = fake.requests.filter((r) => r.op === 'GetResourceConfigHistory');
    expect(history).toHaveLength(1);
    expect(history[0].input).toEqual({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: summary.resourceId, limit: 1 });
    expect(history[0].region).toBe(region);
    expect(sent()).toEqual([
      expect.objectContaining({
        ComplianceResourceId: summary.resourceId,
        ComplianceType: 'NON_COMPLIANT',
        Annotation: 'ingress without a description: ingress #1',
      }),
    ]);
  });

  it('is undecided, never compliant, when Config cannot return the item (the AWS docs’ oversized example)', async () => {
    const summary = corpusItem('AWS_EC2_Instance/awsdocs-evaluate-config_develop-rules_example-events-block2-1.json');
    await run({}, [oversizedEvent(summary, { ruleId: RULE, account: '123456789012', region: 'us-west-2' })]);
    expect(fake.requests.find((r) => r.op === 'GetResourceConfigHistory')?.input).toEqual({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-00000000',
      limit: 1,
    });
    expect(sent()).toEqual([expect.objectContaining({ ComplianceResourceId: 'i-00000000', ComplianceType: 'NON_COMPLIANT' })]);
    expect(sent()[0].Annotation).toMatch(
      /^INSUFFICIENT_DATA: cannot decide: the oversized item could not be read .*ResourceNotDiscoveredException/,
    );
  });
});

describe('scheduled (periodic) runs', () => {
  const trail = corpusItem('AWS_CloudTrail_Trail/rdk-example.json');
  const ACCOUNT = '212591712841';
  const REGION = 'ap-southeast-1';

  it('evaluates an account-wide rule once on AWS::::Account, reading the trails it asks for with the Config API', async () => {
    const { outcomes } = await run({ items: [fakeItemOf(trail)], account: ACCOUNT }, [
      scheduledEvent({ ruleId: 'MultiRegionTrailProbe', account: ACCOUNT, region: REGION }),
    ]);
    expect(sent()).toEqual([
      expect.objectContaining({
        ComplianceResourceType: 'AWS::::Account',
        ComplianceResourceId: ACCOUNT,
        ComplianceType: 'COMPLIANT',
        Annotation: 'a multi-region trail is logging',
      }),
    ]);
    expect(sent()[0].OrderingTimestamp * 1000).toBe(Date.parse('2026-12-02T10:00:00.000Z'));
    const select = fake.requests.filter((r) => r.op === 'SelectResourceConfig');
    expect(select.map((r) => r.input.Expression)).toEqual([expect.stringContaining("resourceType = 'AWS::CloudTrail::Trail'")]);
    expect(outcomes[0].calls).toBe(1);
  });

  it('fails the account when the recorded trail is not multi-region', async () => {
    const single = fakeItemOf(trail, { configuration: { ...(trail.configuration as object), isMultiRegionTrail: false } });
    await run({ items: [single], account: ACCOUNT }, [
      scheduledEvent({ ruleId: 'MultiRegionTrailProbe', account: ACCOUNT, region: REGION }),
    ]);
    expect(sent().map((e) => e.ComplianceType)).toEqual(['NON_COMPLIANT']);
  });

  it('is undecided, never compliant, when the recorder does not record the type the rule needs', async () => {
    await run({ items: [fakeItemOf(trail)], account: ACCOUNT, recorders: { [REGION]: { resourceTypes: ['AWS::EC2::VPC'] } } }, [
      scheduledEvent({ ruleId: 'MultiRegionTrailProbe', account: ACCOUNT, region: REGION }),
    ]);
    expect(sent()).toEqual([expect.objectContaining({ ComplianceType: 'NON_COMPLIANT' })]);
    expect(sent()[0].Annotation).toMatch(/^INSUFFICIENT_DATA: /);
  });

  it('is undecided when Config denies the read, naming the action', async () => {
    await run(
      {
        items: [fakeItemOf(trail)],
        account: ACCOUNT,
        faults: [{ op: 'SelectResourceConfig', kind: 'accessDenied', times: Infinity }],
      },
      [scheduledEvent({ ruleId: 'MultiRegionTrailProbe', account: ACCOUNT, region: REGION })],
    );
    expect(sent()[0].ComplianceType).toBe('NON_COMPLIANT');
    expect(sent()[0].Annotation).toMatch(/^INSUFFICIENT_DATA: .*access denied.*config:SelectResourceConfig/);
  });

  it('sends a resource rule’s results over 250 groups in calls of at most 100', async () => {
    const raw = corpusItem(`${SG}/c7n-cwe-event-config-rule-security-group.json`);
    const base = fakeItemOf(raw);
    const items = Array.from({ length: 250 }, (_, n) => ({
      ...base,
      resourceId: `sg-${String(n).padStart(8, '0')}`,
      arn: `arn:aws:ec2:us-east-1:644160558196:security-group/sg-${n}`,
      accountId: '644160558196',
      awsRegion: 'us-east-1',
    }));
    const { outcomes } = await run({ items, account: '644160558196' }, [
      scheduledEvent({ ruleId: RULE, account: '644160558196', region: 'us-east-1' }),
    ]);
    expect(fake.puts.map((p) => p.evaluations.length)).toEqual([100, 100, 50]);
    expect(outcomes[0].calls).toBe(3);
    expect(new Set(sent().map((e) => e.ComplianceResourceId)).size).toBe(250);
    expect(sent().every((e) => e.ComplianceType === 'NON_COMPLIANT')).toBe(true);
    expect(fake.puts.every((p) => p.resultToken === 'result-token-1')).toBe(true);
  });
});

describe('annotations and several rules', () => {
  const Long = defineRule<{ n: number }>({
    id: 'LongMessage',
    title: 't',
    description: 't',
    severity: 'warning',
    controls: {},
    remediation: 'r',
    configItem: { resourceTypes: ['AWS::EC2::SecurityGroup'], facts: () => ({ n: 1 }) },
    evaluate: () => fail('x'.repeat(400)),
  });

  it('cuts an annotation to Config’s 256 characters', async () => {
    const raw = corpusItem(`${SG}/rdk-example.json`);
    await run({}, [changeEvent(raw, { ruleId: 'LongMessage', account: '123456789012', region: 'us-east-1' })], {
      catalogue: [...TEST_CATALOGUE, Long],
    });
    expect(sent()[0].Annotation).toHaveLength(256);
    expect(sent()[0].Annotation.endsWith('…')).toBe(true);
  });

  it('runs several Palisade rules named in one ruleId parameter and keeps the worst, naming the rule', async () => {
    const raw = corpusItem(`${SG}/awsdocs-example-sns-notification-block3-1.json`);
    await run({}, [changeEvent(raw, { ruleId: `${RULE},LongMessage`, account: '123456789012', region: 'us-east-1' })], {
      catalogue: [...TEST_CATALOGUE, Long],
    });
    expect(sent()).toHaveLength(1);
    expect(sent()[0].ComplianceType).toBe('NON_COMPLIANT');
    expect(sent()[0].Annotation.startsWith('[LongMessage] xxx')).toBe(true);
  });
});

describe('organisation mode', () => {
  const raw = corpusItem(`${SG}/c7n-cwe-event-config-rule-security-group.json`);
  const event = (account: string) =>
    changeEvent(raw, {
      ruleId: RULE,
      account,
      region: 'us-east-1',
      parameters: { executionRoleName: 'PalisadeConfigRulesMember' },
    });

  it('sends a member account’s results with the member role’s credentials', async () => {
    const assumed: string[] = [];
    await run({}, [event('644160558196')], {
      assumeRole: (roleArn) => {
        assumed.push(roleArn);
        return async () => ({ accessKeyId: 'AKIDMEMBER', secretAccessKey: 'member-secret' });
      },
    });
    expect(assumed).toEqual(['arn:aws:iam::644160558196:role/PalisadeConfigRulesMember']);
    expect(sent().map((e) => e.ComplianceType)).toEqual(['NON_COMPLIANT']);
  });

  it('uses its own credentials for its own account', async () => {
    const assumed: string[] = [];
    await run({}, [event('999999999999')], {
      assumeRole: (arn) => (assumed.push(arn), async () => ({ accessKeyId: 'x', secretAccessKey: 'y' })),
    });
    expect(assumed).toEqual([]);
    expect(fake.puts).toHaveLength(1);
  });
});

const TEMPLATE_ONLY = CATALOGUE.find((r) => !r.adapters.configItem)!.id;

describe('events it cannot act on', () => {
  const raw = corpusItem(`${SG}/rdk-example.json`);
  const base = changeEvent(raw, { ruleId: RULE, account: '123456789012', region: 'us-east-1' });

  it.each([
    [
      'no ruleId parameter',
      { ...base, ruleParameters: '{}' },
      /palisade-SecurityGroupIngressDescribed has no ruleId input parameter/,
    ],
    ['an unknown rule', { ...base, ruleParameters: '{"ruleId":"NoSuchRule"}' }, /ruleId 'NoSuchRule' is not a Palisade rule/],
    [
      'a rule without a Config adapter',
      { ...base, ruleParameters: JSON.stringify({ ruleId: TEMPLATE_ONLY }) },
      new RegExp(`Palisade rule ${TEMPLATE_ONLY} cannot read AWS Config items`),
    ],
    ['invokingEvent that is not JSON', { ...base, invokingEvent: '{' }, /invokingEvent is not JSON/],
    [
      'an unknown message type',
      { ...base, invokingEvent: '{"messageType":"Other"}' },
      /messageType "Other" is not one AWS Config sends/,
    ],
    ['no result token', { ...base, resultToken: '' }, /no resultToken/],
  ])('fails on %s with one line and sends nothing', async (_name, event, message) => {
    const handler = createHandler({
      catalogue: TEST_CATALOGUE,
      client: { endpointUrl: 'http://127.0.0.1:9', clientConfig: fastClient(1) },
    });
    const error = await handler(event as never).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidEventError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});
