import { DeclaredStacks } from '../../lib/drift/declared';
import { matchItems } from '../../lib/drift/matching';
import { matchByReferences } from '../../lib/drift/references';
import { placementDrift } from '../../lib/drift/run';
import { ConfigItem } from '../../lib/engine/config-item';
import { RawResource, Template } from '../../lib/engine/model';
import { ConfigScopes } from '../../lib/sources/config';
import { configItem } from '../rules/harness';

/**
 * Matching deployed items to declared resources, and what is left missing or
 * unmanaged, on templates bound to account 111122223333 and region eu-west-2.
 */
const ACCOUNT = '111122223333';
const REGION = 'eu-west-2';
const ALL_RECORDED = new Map([
  [`${ACCOUNT}/${REGION}`, { allSupported: true, includesGlobal: true, types: new Set<string>(), excluded: new Set<string>() }],
]);

function template(stack: string, resources: Record<string, RawResource>, region = REGION): Template {
  return {
    stack,
    file: `${stack}.template.json`,
    body: { Resources: resources },
    lines: new Map(),
    constructPaths: new Map(),
    account: ACCOUNT,
    region,
  };
}

const stackId = (stack: string, region = REGION) => `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/${stack}/0d1e2f`;
const tagged = (stack: string, logicalId: string, region = REGION) => ({
  'aws:cloudformation:stack-name': stack,
  'aws:cloudformation:logical-id': logicalId,
  'aws:cloudformation:stack-id': stackId(stack, region),
});

function deployed(type: string, id: string, extra: Partial<ConfigItem> = {}): ConfigItem {
  return configItem(type, {}, { resourceId: id, resourceName: id, accountId: ACCOUNT, awsRegion: REGION, ...extra });
}

function drift(templates: Template[], items: ConfigItem[]) {
  const declared = new DeclaredStacks(templates);
  const scopes = new ConfigScopes(ALL_RECORDED);
  for (const item of items) scopes.add(item);
  const matching = matchByReferences(matchItems(items, declared), declared);
  const placement = placementDrift(declared, { items, scopes }, matching, []);
  const matched = new Map([...matching.matched].map(([item, r]) => [item.resourceId, r.logicalId]));
  return { matched, ...placement };
}

const VPC: RawResource = { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } };
const vpcItem = deployed('AWS::EC2::VPC', 'vpc-0a', { tags: tagged('Net', 'Vpc') });
const ROLE: RawResource = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } };
const globalRole = (stack: string, logicalId: string, region = REGION) =>
  deployed('AWS::IAM::Role', `${stack}-${logicalId}-ABCDEF123456`, {
    awsRegion: 'global',
    tags: tagged(stack, logicalId, region),
  });

describe('IAM items, which Config records once per account under the region global', () => {
  it("match the role of a stack bound to the item's account and region", () => {
    const result = drift([template('Net', { Vpc: VPC, FlowLogRole: ROLE })], [vpcItem, globalRole('Net', 'FlowLogRole')]);
    expect(result.matched.get('Net-FlowLogRole-ABCDEF123456')).toBe('FlowLogRole');
    expect(result.missing).toEqual([]);
    expect(result.unmanaged).toEqual([]);
  });

  it('match the stack of the region their stack-id tag names, where one stack name is deployed to two regions', () => {
    const templates = [
      template('Net', { Vpc: VPC, FlowLogRole: ROLE }),
      template('Net', { Vpc: VPC, FlowLogRole: ROLE }, 'us-east-1'),
    ];
    const declared = new DeclaredStacks(templates);
    expect(declared.stack('Net', globalRole('Net', 'FlowLogRole', 'us-east-1')).map((t) => t.region)).toEqual(['us-east-1']);
    expect(declared.stack('Net', globalRole('Net', 'FlowLogRole')).map((t) => t.region)).toEqual([REGION]);
  });

  it('do not match a stack bound to another account', () => {
    const other = deployed('AWS::IAM::Role', 'r', {
      accountId: '999999999999',
      awsRegion: 'global',
      tags: tagged('Net', 'FlowLogRole'),
    });
    expect(new DeclaredStacks([template('Net', { FlowLogRole: ROLE })]).stack('Net', other)).toEqual([]);
  });

  it('fails when the role is not deployed: missing once, in the account, not in each region', () => {
    const result = drift([template('Net', { Vpc: VPC, FlowLogRole: ROLE })], [vpcItem]);
    expect(result.missing.map((d) => [d.resource.logicalId, d.resource.account, d.resource.region])).toEqual([
      ['FlowLogRole', ACCOUNT, 'global'],
    ]);
  });
});

describe('untagged items, matched by the name CloudFormation generated for them', () => {
  const policy: RawResource = { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: {} } };

  it("match a managed policy (Config's AWS::IAM::Policy) and a configuration recorder by <stack>-<logical id>-<suffix>", () => {
    const recorder: RawResource = { Type: 'AWS::Config::ConfigurationRecorder', Properties: { RoleARN: 'x' } };
    const result = drift(
      [template('Net', { Vpc: VPC, RoleGrants1A2B: policy, Recorder9F: recorder })],
      [
        vpcItem,
        deployed('AWS::IAM::Policy', 'Net-RoleGrants1A2B-6598799F5E00', { awsRegion: 'global' }),
        deployed('AWS::Config::ConfigurationRecorder', 'Net-Recorder9F-28B9FCD0AF2C'),
      ],
    );
    expect(result.matched.get('Net-RoleGrants1A2B-6598799F5E00')).toBe('RoleGrants1A2B');
    expect(result.matched.get('Net-Recorder9F-28B9FCD0AF2C')).toBe('Recorder9F');
    expect(result.unmanaged).toEqual([]);
  });

  it('match a logical id CloudFormation cut short, when it names one resource alone', () => {
    const declared = new DeclaredStacks([template('Net', { DatabaseBackupRoleABC232EF: policy, DatabaseMonitorRole: policy })]);
    const cut = deployed('AWS::IAM::Policy', 'Net-DatabaseBackupRoleAB-5088430C67D3', { awsRegion: 'global' });
    expect(declared.byPhysicalName(cut).map((r) => r.logicalId)).toEqual(['DatabaseBackupRoleABC232EF']);
    const ambiguous = deployed('AWS::IAM::Policy', 'Net-Database-5088430C67D3', { awsRegion: 'global' });
    expect(declared.byPhysicalName(ambiguous)).toEqual([]);
  });

  it('never match an inline policy (CloudFormation AWS::IAM::Policy) to a managed one', () => {
    const inline: RawResource = { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'Grants', PolicyDocument: {} } };
    const declared = new DeclaredStacks([template('Net', { Grants: inline })]);
    expect(declared.byPhysicalName(deployed('AWS::IAM::Policy', 'Grants', { awsRegion: 'global' }))).toEqual([]);
  });

  it('match a backup selection by its SelectionName', () => {
    const selection: RawResource = {
      Type: 'AWS::Backup::BackupSelection',
      Properties: { BackupPlanId: 'p', BackupSelection: { SelectionName: 'Database', IamRoleArn: 'r' } },
    };
    const result = drift(
      [template('Svc', { Vpc: VPC, Selection: selection })],
      [
        deployed('AWS::EC2::VPC', 'vpc-0a', { tags: tagged('Svc', 'Vpc') }),
        deployed('AWS::Backup::BackupSelection', '1ac9d605', { resourceName: 'Database' }),
      ],
    );
    expect(result.matched.get('1ac9d605')).toBe('Selection');
  });
});

describe('untagged items of a type CloudFormation cannot tag, counted against the declared resources not found', () => {
  const association = (n: number): Record<string, RawResource> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`Assoc${i}`, { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: {} }]),
    );
  const assocItems = (n: number) =>
    Array.from({ length: n }, (_, i) => deployed('AWS::EC2::SubnetRouteTableAssociation', `rtbassoc-${i}`));

  it('are neither missing nor unmanaged when as many are deployed as declared, and are counted as not attributable', () => {
    const result = drift([template('Net', { Vpc: VPC, ...association(3) })], [vpcItem, ...assocItems(3)]);
    expect(result.missing).toEqual([]);
    expect(result.unmanaged).toEqual([]);
    expect(result.stats.notAttributable).toBe(3);
  });

  it('fails with one missing finding per type and place naming every candidate, when fewer are deployed', () => {
    const result = drift([template('Net', { Vpc: VPC, ...association(3) })], [vpcItem, ...assocItems(1)]);
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toMatchObject({
      kind: 'missing',
      severity: 'error',
      resource: { type: 'AWS::EC2::SubnetRouteTableAssociation', stack: 'Net', account: ACCOUNT, region: REGION },
    });
    expect(result.missing[0].message).toContain('2 of 3 declared not deployed');
    expect(result.missing[0].message).toContain('stack Net: Assoc0, Assoc1, Assoc2');
    expect(result.unmanaged).toEqual([]);
    expect(result.stats.notAttributable).toBe(1);
  });

  it('names each declared resource missing when no item of the type is there', () => {
    const result = drift([template('Net', { Vpc: VPC, ...association(2) })], [vpcItem]);
    expect(result.missing.map((d) => d.resource.logicalId)).toEqual(['Assoc0', 'Assoc1']);
    expect(result.missing[0].message).toMatch(/declared but not deployed in 111122223333\/eu-west-2$/);
  });

  it('reports each item unmanaged when more are deployed than declared, without claiming which were created outside', () => {
    const result = drift([template('Net', { Vpc: VPC, ...association(1) })], [vpcItem, ...assocItems(3)]);
    expect(result.missing).toEqual([]);
    expect(result.unmanaged).toHaveLength(3);
    for (const d of result.unmanaged) {
      expect(d.message).toContain('one of 3 such item(s)');
      expect(d.message).toContain('2 of them were created outside the checked stacks, which is not decidable');
    }
    expect(result.stats.notAttributable).toBe(0);
  });

  it('says an item was created outside the checked stacks only where nothing of its type is declared and not found', () => {
    const result = drift([template('Net', { Vpc: VPC })], [vpcItem, ...assocItems(1)]);
    expect(result.unmanaged.map((d) => d.message)).toEqual([
      'AWS::EC2::SubnetRouteTableAssociation rtbassoc-0: no CloudFormation tags, and no checked template names it: created outside the checked stacks',
    ]);
  });

  it('counts only within one account-region', () => {
    const elsewhere = assocItems(1).map((i) => ({ ...i, awsRegion: 'eu-west-1' }));
    const result = drift([template('Net', { Vpc: VPC, ...association(1) })], [vpcItem, ...elsewhere]);
    expect(result.missing.map((d) => d.resource.logicalId)).toEqual(['Assoc0']);
    expect(result.unmanaged.map((d) => d.resource.region)).toEqual(['eu-west-1']);
  });
});

describe('untagged items of a type CloudFormation tags', () => {
  it('stay missing and unmanaged, each naming the other as a possibility', () => {
    const bucket: RawResource = { Type: 'AWS::S3::Bucket', Properties: {} };
    const result = drift([template('Net', { Vpc: VPC, Logs: bucket })], [vpcItem, deployed('AWS::S3::Bucket', 'console-bucket')]);
    expect(result.missing.map((d) => d.message)).toEqual([
      'AWS::S3::Bucket Logs (stack Net): declared but not deployed in 111122223333/eu-west-2, unless it is one of the 1 AWS::S3::Bucket item(s) there without CloudFormation tags',
    ]);
    expect(result.unmanaged.map((d) => d.message)).toEqual([
      'AWS::S3::Bucket console-bucket: no CloudFormation tags, and no checked template names it: created outside the checked stacks, unless it is one of the 1 declared not found in 111122223333/eu-west-2 (Logs)',
    ]);
    expect(result.stats.notAttributable).toBe(0);
  });
});

describe('AWS-owned items', () => {
  it('leaves out the DNS Firewall domain lists AWS manages, counted as AWS-created defaults, but not a customer list', () => {
    const list = (id: string, configuration: Record<string, unknown>) =>
      configItem('AWS::Route53Resolver::FirewallDomainList', configuration, { resourceId: id, accountId: ACCOUNT });
    const items = [
      vpcItem,
      list('rslvr-fdl-aws', { Name: 'AWSManagedDomainsMalwareDomainList', ManagedOwnerName: 'Route 53 Resolver DNS Firewall' }),
      list('rslvr-fdl-own', { Name: 'blocked-domains' }),
    ];
    const result = drift([template('Net', { Vpc: VPC })], items);
    expect(result.stats.awsDefaults).toBe(1);
    expect(result.unmanaged.map((d) => d.resource.resourceId)).toEqual(['rslvr-fdl-own']);
  });
});

describe('untagged items of a type CloudFormation cannot tag, matched by what they refer to', () => {
  const ref = (logicalId: string) => ({ Ref: logicalId });
  const net = {
    Vpc: VPC,
    SubnetA: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc') } },
    SubnetB: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc') } },
    Routes: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
  };
  const netItems = [
    vpcItem,
    deployed('AWS::EC2::Subnet', 'subnet-a', { tags: tagged('Net', 'SubnetA') }),
    deployed('AWS::EC2::Subnet', 'subnet-b', { tags: tagged('Net', 'SubnetB') }),
    deployed('AWS::EC2::RouteTable', 'rtb-1', { tags: tagged('Net', 'Routes') }),
  ];
  const association = (subnet: string): RawResource => ({
    Type: 'AWS::EC2::SubnetRouteTableAssociation',
    Properties: { SubnetId: ref(subnet), RouteTableId: ref('Routes') },
  });
  const assocItem = (id: string, configuration: Record<string, unknown>) =>
    configItem('AWS::EC2::SubnetRouteTableAssociation', configuration, { resourceId: id, accountId: ACCOUNT, awsRegion: REGION });

  it('match each association to the one whose subnet and route table ids are those of the items matched to its Refs', () => {
    const result = drift(
      [template('Net', { ...net, AssocA: association('SubnetA'), AssocB: association('SubnetB') })],
      [
        ...netItems,
        assocItem('rtbassoc-b', { SubnetId: 'subnet-b', RouteTableId: 'rtb-1' }),
        assocItem('rtbassoc-a', { SubnetId: 'subnet-a', RouteTableId: 'rtb-1' }),
      ],
    );
    expect(result.matched.get('rtbassoc-a')).toBe('AssocA');
    expect(result.matched.get('rtbassoc-b')).toBe('AssocB');
    expect(result.stats.notAttributable).toBe(0);
    expect([...result.missing, ...result.unmanaged]).toEqual([]);
  });

  it('read the property names of items recorded in lowerCamelCase', () => {
    const result = drift(
      [template('Net', { ...net, AssocA: association('SubnetA') })],
      [...netItems, assocItem('rtbassoc-a', { subnetId: 'subnet-a', routeTableId: 'rtb-1' })],
    );
    expect(result.matched.get('rtbassoc-a')).toBe('AssocA');
  });

  it('match Fn::GetAtt Arn to the ARN of the matched item, and literal values with pseudo parameters resolved where the item is', () => {
    const secret = { Type: 'AWS::SecretsManager::Secret', Properties: {} };
    const secretArn = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-AbCdEf`;
    const policy = (principal: unknown): RawResource => ({
      Type: 'AWS::SecretsManager::ResourcePolicy',
      Properties: {
        SecretId: { 'Fn::GetAtt': ['Secret', 'Arn'] },
        ResourcePolicy: { Statement: [{ Effect: 'Deny', Principal: { AWS: principal } }] },
      },
    });
    const root = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };
    const unbound = { ...template('Svc', { Secret: secret, Policy: policy(root) }), account: undefined, region: undefined };
    const recorded = (arn: string) =>
      configItem(
        'AWS::SecretsManager::ResourcePolicy',
        {
          SecretId: arn,
          ResourcePolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } }],
          },
        },
        { resourceId: arn, accountId: ACCOUNT, awsRegion: REGION },
      );
    const secretItem = deployed('AWS::SecretsManager::Secret', secretArn, { arn: secretArn, tags: tagged('Svc', 'Secret') });
    const result = drift([unbound], [secretItem, recorded(secretArn)]);
    expect(result.matched.get(secretArn)).toBe('Policy');
    expect(result.stats.notAttributable).toBe(0);
  });

  // The WebACL item is read first: it must wait for the rule it refers to.
  it('resolve references in dependency order: an untagged item is matched before those that refer to it', () => {
    const rule: RawResource = { Type: 'AWS::WAFRegional::Rule', Properties: { MetricName: 'blockBad', Predicates: [] } };
    const acl: RawResource = {
      Type: 'AWS::WAFRegional::WebACL',
      Properties: { MetricName: 'edge', Rules: [{ Action: { Type: 'BLOCK' }, Priority: 1, RuleId: ref('Rule') }] },
    };
    const ruleItem = configItem(
      'AWS::WAFRegional::Rule',
      { metricName: 'blockBad' },
      { resourceId: 'rule-1', accountId: ACCOUNT, awsRegion: REGION },
    );
    const aclItem = (id: string, ruleId: string) =>
      configItem(
        'AWS::WAFRegional::WebACL',
        { metricName: 'edge', rules: [{ action: { type: 'BLOCK' }, priority: 1, ruleId }] },
        { resourceId: id, accountId: ACCOUNT, awsRegion: REGION },
      );
    const result = drift(
      [template('Waf', { Vpc: VPC, Rule: rule, Acl: acl, Other: acl })],
      [vpcItem, aclItem('acl-1', 'rule-1'), ruleItem],
    );
    expect(result.matched.get('rule-1')).toBe('Rule');
    // Acl and Other declare the same: the one item fits both, so which it is stays undecided.
    expect(result.matched.has('acl-1')).toBe(false);
    const single = drift([template('Waf', { Vpc: VPC, Rule: rule, Acl: acl })], [vpcItem, aclItem('acl-1', 'rule-1'), ruleItem]);
    expect(single.matched.get('acl-1')).toBe('Acl');
    const otherRule = drift(
      [template('Waf', { Vpc: VPC, Rule: rule, Acl: acl })],
      [vpcItem, aclItem('acl-1', 'rule-2'), ruleItem],
    );
    expect(otherRule.matched.has('acl-1')).toBe(false);
  });

  it('leave an item to the count when one comparable property disagrees', () => {
    const result = drift(
      [template('Net', { ...net, AssocA: association('SubnetA') })],
      [...netItems, assocItem('rtbassoc-x', { SubnetId: 'subnet-b', RouteTableId: 'rtb-1' })],
    );
    expect(result.matched.has('rtbassoc-x')).toBe(false);
    expect(result.stats.notAttributable).toBe(1);
  });

  it('leave items to the count when no property can be compared: a Ref to nothing matched, an attribute other than Arn', () => {
    const queryLogging: RawResource = {
      Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
      Properties: { ResolverQueryLogConfigId: { 'Fn::GetAtt': ['Config', 'Id'] }, ResourceId: ref('Gone') },
    };
    const item = configItem(
      'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
      { ResolverQueryLogConfigId: 'rslvr-qlc-1', ResourceId: 'vpc-0b' },
      { resourceId: 'rslvr-qlcassoc-1', accountId: ACCOUNT, awsRegion: REGION },
    );
    const gone: RawResource = { Type: 'AWS::EC2::VPC', Properties: {} };
    const config: RawResource = { Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfig', Properties: {} };
    const result = drift([template('Net', { Vpc: VPC, Gone: gone, Config: config, Assoc: queryLogging })], [vpcItem, item]);
    expect(result.matched.has('rslvr-qlcassoc-1')).toBe(false);
    expect(result.stats.notAttributable).toBe(1);
  });

  it('match only in the account-region of the items referred to', () => {
    const elsewhere = { ...assocItem('rtbassoc-a', { SubnetId: 'subnet-a', RouteTableId: 'rtb-1' }), awsRegion: 'eu-west-1' };
    const result = drift([template('Net', { ...net, AssocA: association('SubnetA') })], [...netItems, elsewhere]);
    expect(result.matched.has('rtbassoc-a')).toBe(false);
  });
});
