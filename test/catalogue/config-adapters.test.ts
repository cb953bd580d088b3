import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ResourceType } from '@aws-sdk/client-config-service';
import { ConfigItem, lookupType } from '../../lib/engine/config-item';
import { Rule } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { CATALOGUE } from '../../rules/catalogue';
import { corpusItems } from '../rules/corpus-items';
import { configItem } from '../rules/harness';
import { itemsFromSchema, pathsRead, schemaPaths } from '../rules/item-paths';

/*
 * Every configItem adapter reads only property paths AWS Config's resource schema has
 * for the type, in its casing: a misspelt or wrongly cased path reads nothing, and
 * nothing read is an Unknown or, worse, a default. The adapters run on items built
 * from the schema, on the real corpus items of the type, and on the items the adapter
 * tests build (`test/rules/<dir>/items.ts`, exporting ITEMS).
 */

/** Paths (and everything below them) that Config records but the schema leaves out, with the evidence. */
const SCHEMA_MISSES: Record<string, Record<string, string>> = {
  'AWS::ECR::Repository': {
    'configuration.RepositoryPolicyText': 'recorded, as {} when there is no policy (rdk-example-ci/AWS_ECR_Repository.json)',
  },
  'AWS::IAM::Role': {
    'configuration.assumeRolePolicyDocument':
      'the schema lists only scalar leaves; the trust policy is in every real role item (rdk-example-ci/AWS_IAM_Role.json, by-type/AWS_IAM_Role c7n row)',
    'configuration.rolePolicyList.policyDocument':
      'inline policy documents are recorded beside policyName (AWS Config resource-types docs; the IAM GetAccountAuthorizationDetails shape)',
  },
  'AWS::IAM::User': {
    'configuration.userPolicyList.policyDocument': 'recorded beside policyName (rdk-example-ci/AWS_IAM_User.json)',
  },
  'AWS::IAM::Group': {
    'configuration.groupPolicyList.policyDocument': 'recorded beside policyName, as for users and roles',
  },
  'AWS::IAM::Policy': {
    'configuration.policyVersionList.document': 'the version document is recorded (rdk-example-ci/AWS_IAM_Policy.json)',
  },
  'AWS::S3::Bucket': {
    'supplementaryConfiguration.AccessControlList': 'recorded (by-type/AWS_S3_Bucket/c7n-config-s3-from-rule.json)',
    'supplementaryConfiguration.BucketNotificationConfiguration': 'recorded (by-type/AWS_S3_Bucket/c7n-config-s3-from-rule.json)',
    'supplementaryConfiguration.BucketPolicy':
      'recorded, policyText decoded by the normaliser (by-type/AWS_S3_Bucket/c7n-config-s3-from-rule.json)',
    'supplementaryConfiguration.BucketReplicationConfiguration.rules':
      'recorded as a map keyed by rule id (by-type/AWS_S3_Bucket/c7n-config-s3-rep-and-notify.json)',
  },
  'AWS::DynamoDB::Table': {
    'configuration.deletionProtectionEnabled':
      "DescribeTable's DeletionProtectionEnabled (2023, after the schema snapshot), in the item's lowerCamel names; AWS's DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED is triggered by changes to this item, and AWS Config custom policy rules in Guard read configuration.deletionProtectionEnabled. Absent (older items), the rule is undecided",
  },
  'AWS::Backup::BackupVault': {
    'configuration.AccessPolicy':
      "the vault access policy (selected as configuration.AccessPolicy by cloud-copilot/iam-collect src/awsConfigClients/clients/AwsConfigBackupClient.ts; AWS's BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED is triggered by changes to this item)",
  },
  'AWS::Lambda::Function': {
    'supplementaryConfiguration.Policy':
      "the function's resource policy, GetPolicy's document (selected as supplementaryConfiguration.Policy by cloud-copilot/iam-collect src/awsConfigClients/clients/AwsConfigLambdaClient.ts; AWS's LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED is triggered by changes to this item)",
  },
  'AWS::SQS::Queue': {
    'configuration.Policy':
      'the GetQueueAttributes Policy attribute, a JSON string (selected as configuration.Policy by cloud-copilot/iam-collect src/awsConfigClients/clients/AwsConfigSQSClient.ts)',
  },
  'AWS::SNS::Topic': {
    'configuration.Policy':
      'the GetTopicAttributes Policy attribute, a JSON string (selected as configuration.Policy by cloud-copilot/iam-collect src/awsConfigClients/clients/AwsConfigSNSClient.ts)',
  },
  'AWS::KMS::Key': {
    'supplementaryConfiguration.Policy': 'the key policy is recorded (by-type/AWS_KMS_Key/rdk-example.json)',
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    'supplementaryConfiguration.LoadBalancerAttributes':
      'recorded as key/value pairs (by-type/AWS_ElasticLoadBalancingV2_LoadBalancer/rdk-example.json)',
  },
  'AWS::ElasticLoadBalancing::LoadBalancer': {
    'supplementaryConfiguration.LoadBalancerAttributes':
      'NOT verified against a real item: read in the ELB API shape (DescribeLoadBalancerAttributes); if absent the two rules that read it are undecided, never passed',
  },
  'AWS::ApiGateway::Stage': {
    'configuration.methodSettings':
      'recorded as a map keyed by resource path and method (rdk-example-ci/AWS_ApiGateway_Stage.json)',
  },
  'AWS::OpenSearch::Domain': {
    'configuration.LogPublishingOptions.Enabled':
      'read from each entry of a map keyed by log type; the schema lists each key (AUDIT_LOGS, …) separately (rdk-example-ci/AWS_OpenSearch_Domain.json)',
    'configuration.LogPublishingOptions.CloudWatchLogsLogGroupArn': 'as Enabled, from each entry of the map keyed by log type',
  },
  'AWS::Elasticsearch::Domain': {
    'configuration.logPublishingOptions.enabled':
      'read from each entry of a map keyed by log type; the schema lists each key separately',
    'configuration.logPublishingOptions.cloudWatchLogsLogGroupArn': 'as enabled, from each entry of the map keyed by log type',
  },
  'AWS::Redshift::Cluster': {
    'supplementaryConfiguration.LoggingStatus.logDestinationType':
      'NOT verified against a real item: the Redshift DescribeLoggingStatus field; absent, the destination is undecided',
  },
  'AWS::WAFv2::WebACL': {
    'configuration.rules':
      'NOT verified against a corpus item: the web ACL rules as the WAFv2 API returns them; the 2025 schema lists none',
  },
  'AWS::CloudFront::Distribution': {
    'configuration.distributionConfig.origins.items.vpcOriginConfig':
      'NOT verified: VPC origins post-date the 2025-03 schema snapshot; absent, an origin is simply not a VPC origin',
  },
};

const RULES_DIR = join(__dirname, '../rules');

/** The items the adapter tests build, by type. */
function fixtureItems(): ConfigItem[] {
  return readdirSync(RULES_DIR).flatMap((dir) => {
    const file = join(RULES_DIR, dir, 'items.ts');
    if (!existsSync(file)) return [];
    return (require(file) as { ITEMS?: ConfigItem[] }).ITEMS ?? [];
  });
}

const FIXTURES = fixtureItems();
const adapted = CATALOGUE.filter((r) => r.adapters.configItem);

function unknownPaths(rule: Rule): string[] {
  const adapter = rule.adapters.configItem!;
  const types = adapter.resourceTypes;
  // what the adapter looks up is read too: items of those types built from the schema and taken from the corpus
  const looked = (adapter.looksUp ?? []).map(lookupType);
  const others = [
    ...FIXTURES.filter((i) => types.includes(i.resourceType) === false),
    ...looked.filter((t) => !types.includes(t)).flatMap((t) => [...itemsFromSchema(t), ...corpusItems(t).map((c) => c.item)]),
  ];
  const items = types.flatMap((t) =>
    t === ACCOUNT_TYPE
      ? [configItem(ACCOUNT_TYPE, {}, { resourceId: '111122223333' })]
      : [...itemsFromSchema(t), ...corpusItems(t).map((c) => c.item), ...FIXTURES.filter((i) => i.resourceType === t)],
  );
  const bad = new Set<string>();
  for (const item of items) {
    for (const [type, paths] of pathsRead(rule, item, others)) {
      const schema = schemaPaths(type);
      const misses = SCHEMA_MISSES[type] ?? {};
      for (const p of paths) {
        if (schema?.has(p)) continue;
        if (Object.keys(misses).some((m) => p === m || p.startsWith(m + '.'))) continue;
        bad.add(`${type} ${p}${schema ? '' : ' (the schema has no file for this type)'}`);
      }
    }
  }
  return [...bad];
}

describe('configItem adapters read only paths AWS Config records', () => {
  it.each(adapted.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    expect(unknownPaths(rule)).toEqual([]);
  });

  it('the recorder sees a wrongly cased path (the check can fail)', () => {
    const rule = adapted.find((r) => r.id === 'IamRoleTrustRestricted')!;
    const misspelt = {
      ...rule,
      adapters: {
        configItem: { ...rule.adapters.configItem!, facts: (i: ConfigItem) => ({ x: i.configuration.AssumeRolePolicyDocument }) },
      },
    } as Rule;
    expect(unknownPaths(misspelt)).toEqual(['AWS::IAM::Role configuration.AssumeRolePolicyDocument']);
  });

  it('each schema miss is still missing from the schema and read by some adapter', () => {
    const read = new Set<string>();
    for (const rule of adapted)
      for (const t of rule.adapters.configItem!.resourceTypes)
        for (const item of [
          ...FIXTURES.filter((i) => i.resourceType === t),
          ...corpusItems(t).map((c) => c.item),
          ...itemsFromSchema(t),
        ])
          for (const [type, paths] of pathsRead(rule, item, FIXTURES)) for (const p of paths) read.add(`${type} ${p}`);
    for (const [type, misses] of Object.entries(SCHEMA_MISSES))
      for (const m of Object.keys(misses)) {
        expect([type, m, schemaPaths(type)?.has(m)]).toEqual([type, m, false]);
        const prefix = `${type} ${m}`;
        expect([type, m, [...read].some((p) => p === prefix || p.startsWith(prefix + '.'))]).toEqual([type, m, true]);
      }
  });
});

describe('configItem adapter tests', () => {
  /** Test sources that run configItem adapters, through the harness or a scan. */
  const itemTests = (function read(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? read(join(dir, e.name))
        : e.name.endsWith('.ts') && /statusOfItem|parity\(|Parity\(|evaluateItems/.test(readFileSync(join(dir, e.name), 'utf8'))
          ? [readFileSync(join(dir, e.name), 'utf8')]
          : [],
    );
  })(join(__dirname, '..'));

  it('name every rule with a configItem adapter in a test that runs it on items', () => {
    expect(adapted.filter((r) => !itemTests.some((text) => text.includes(r.id))).map((r) => r.id)).toEqual([]);
  });
});

describe('configItem adapter coverage', () => {
  const listed = JSON.parse(readFileSync(join(RULES_DIR, 'no-config-adapter.json'), 'utf8')) as Record<string, string>;
  /** Rules with a configItem adapter: a floor, raised as adapters are added. */
  const FLOOR = 194;

  it('states the share of catalogue rules with a configItem adapter', () => {
    const pct = (100 * adapted.length) / CATALOGUE.length;
    console.log(`configItem adapters: ${adapted.length} of ${CATALOGUE.length} rules (${pct.toFixed(1)} %)`);
    expect(adapted.length).toBeGreaterThanOrEqual(FLOOR);
    // the runtime scanner's promise: at least four rules in five read what is deployed
    expect(pct).toBeGreaterThanOrEqual(80);
  });

  it('lists every rule without an adapter in no-config-adapter.json, with a reason', () => {
    const missing = CATALOGUE.filter((r) => !r.adapters.configItem && !listed[r.id]?.trim()).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('lists no rule that has an adapter, and no rule the catalogue lacks', () => {
    const ids = new Set(CATALOGUE.map((r) => r.id));
    expect(Object.keys(listed).filter((id) => !ids.has(id) || CATALOGUE.find((r) => r.id === id)?.adapters.configItem)).toEqual(
      [],
    );
  });

  it("never says AWS Config does not record a type the pinned SDK's ResourceType list has", () => {
    const recordable = new Set<string>(Object.values(ResourceType));
    const claims = Object.entries(listed).flatMap(([id, reason]) =>
      [...reason.matchAll(/(?:does not record|records no|has no) (AWS::\w+::\w+)/g)].map((m) => [id, m[1]]),
    );
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.filter(([, type]) => recordable.has(type))).toEqual([]);
  });

  it('keeps the list sorted, one entry a line, so that merges stay easy', () => {
    const keys = Object.keys(listed);
    expect(keys).toEqual([...keys].sort());
    const text = readFileSync(join(RULES_DIR, 'no-config-adapter.json'), 'utf8');
    expect(text.trim().split('\n').length).toBe(keys.length + 2);
  });
});
