import { readFileSync } from 'fs';
import { join } from 'path';
import { ConfigItem } from '../../../lib/engine/config-item';
import { Rule, decide } from '../../../lib/engine/rule';
import { normaliseItem } from '../../../lib/sources/config/normalise';
import { Ec2Imdsv2Required } from '../../../rules/ec2/Ec2Imdsv2Required';
import { Ec2InstanceNoPublicIp } from '../../../rules/ec2/Ec2InstanceNoPublicIp';
import { Ec2LaunchTemplateNoPublicIp } from '../../../rules/ec2/Ec2LaunchTemplateNoPublicIp';
import { Ec2NoKeyPair } from '../../../rules/ec2/Ec2NoKeyPair';
import { NetworkAclNoUnrestrictedSshRdp } from '../../../rules/ec2/NetworkAclNoUnrestrictedSshRdp';
import { SecurityGroupIngressDescribed } from '../../../rules/ec2/SecurityGroupIngressDescribed';
import { SecurityGroupNoPublicAdminPorts } from '../../../rules/ec2/SecurityGroupNoPublicAdminPorts';
import { SecurityGroupNoPublicSsh } from '../../../rules/ec2/SecurityGroupNoPublicSsh';
import { SecurityGroupOpenOnlyToAuthorizedPorts } from '../../../rules/ec2/SecurityGroupOpenOnlyToAuthorizedPorts';
import { SubnetNoAutoAssignPublicIp } from '../../../rules/ec2/SubnetNoAutoAssignPublicIp';
import { VpcDefaultSecurityGroupClosed } from '../../../rules/ec2/VpcDefaultSecurityGroupClosed';
import { VpcFlowLogsEnabled } from '../../../rules/ec2/VpcFlowLogsEnabled';
import { CORPUS, corpusItems } from '../corpus-items';
import { PARAM, PARAMETERS, configItem, itemScope, statusOf, statusOfItem, template } from '../harness';

/** One ingress permission as a template writes it and as EC2 (and so Config) records it. */
interface Ingress {
  protocol: string;
  from?: number;
  to?: number;
  v4?: string;
  v6?: string;
  description?: string;
}

const SG_RULES: Rule[] = [
  SecurityGroupNoPublicSsh,
  SecurityGroupNoPublicAdminPorts,
  SecurityGroupOpenOnlyToAuthorizedPorts,
  SecurityGroupIngressDescribed,
];

const asTemplate = (ingress: Ingress[] | unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Sg: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'x',
          SecurityGroupIngress: Array.isArray(ingress)
            ? (ingress as Ingress[]).map((i) => ({
                IpProtocol: i.protocol,
                FromPort: i.from,
                ToPort: i.to,
                CidrIp: i.v4,
                CidrIpv6: i.v6,
                Description: i.description,
              }))
            : ingress,
        },
      },
    },
  });

const asItem = (ingress: Ingress[]) =>
  configItem('AWS::EC2::SecurityGroup', {
    groupId: 'sg-1',
    ipPermissions: ingress.map((i) => ({
      ipProtocol: i.protocol,
      fromPort: i.from,
      toPort: i.to,
      ipv4Ranges: i.v4 ? [{ cidrIp: i.v4, description: i.description }] : [],
      ipv6Ranges: i.v6 ? [{ cidrIpv6: i.v6, description: i.description }] : [],
      prefixListIds: [],
      userIdGroupPairs: [],
    })),
    ipPermissionsEgress: [],
  });

const WORLD_SPELLINGS = ['0.0.0.0/0', '000.000.000.000/0', '::/0', '::0/0', '0::/0', '0:0:0:0:0:0:0:0/0', '0000:0000::/0'];
const source = (cidr: string) => (cidr.includes(':') ? { v6: cidr } : { v4: cidr });

describe('security groups: templates and configuration items agree', () => {
  const scenarios: Array<[string, Ingress[]]> = [
    ...WORLD_SPELLINGS.map((c): [string, Ingress[]] => [`SSH from ${c}`, [{ protocol: 'tcp', from: 22, to: 22, ...source(c) }]]),
    ['SSH from a private range', [{ protocol: 'tcp', from: 22, to: 22, v4: '10.0.0.0/8', description: 'bastion' }]],
    ['HTTPS from the world', [{ protocol: 'tcp', from: 443, to: 443, v4: '0.0.0.0/0', description: 'web' }]],
    ['all traffic from ::/0', [{ protocol: '-1', v6: '::/0' }]],
    ['MySQL from 0::/0 by protocol number', [{ protocol: '6', from: 3306, to: 3306, v6: '0::/0' }]],
    ['no ingress', []],
  ];
  for (const rule of SG_RULES) {
    it.each(scenarios)(`${rule.id}: %s`, (_, ingress) => {
      expect(statusOfItem(rule, asItem(ingress))).toBe(statusOf(rule, 'Sg', asTemplate(ingress)));
    });
  }

  it.each(SG_RULES.filter((r) => r !== SecurityGroupIngressDescribed))(
    '%s fails SSH open in every spelling of the internet',
    (rule) => {
      for (const c of WORLD_SPELLINGS) {
        const ingress = [{ protocol: 'tcp', from: 22, to: 22, ...source(c) }];
        expect([statusOf(rule, 'Sg', asTemplate(ingress)), statusOfItem(rule, asItem(ingress))]).toEqual([
          'NON_COMPLIANT',
          'NON_COMPLIANT',
        ]);
      }
    },
  );

  it.each(SG_RULES.map((r) => [r.id, r] as const))('%s reads a rule list that is not a list as unknown', (_, rule) => {
    const single = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8', Description: 'x' };
    expect(statusOf(rule, 'Sg', asTemplate(single))).toBe('INSUFFICIENT_DATA');
    const item = configItem('AWS::EC2::SecurityGroup', { ipPermissions: { ipProtocol: 'tcp' } });
    expect(statusOfItem(rule, item)).toBe('INSUFFICIENT_DATA');
  });

  it.each(SG_RULES.map((r) => [r.id, r] as const))('%s needs review when the item does not record permissions', (_, rule) => {
    expect(statusOfItem(rule, configItem('AWS::EC2::SecurityGroup', { groupId: 'sg-1' }))).toBe('INSUFFICIENT_DATA');
  });

  it('reads the real c7n "open ssh" item as open', () => {
    const item = configItem('AWS::EC2::SecurityGroup', {
      groupId: 'sg-e2fb6999',
      ipPermissions: [
        {
          fromPort: 22,
          ipProtocol: 'tcp',
          ipv6Ranges: [],
          prefixListIds: [],
          toPort: 22,
          userIdGroupPairs: [],
          ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
          ipRanges: ['0.0.0.0/0'],
        },
      ],
      ipPermissionsEgress: [],
    });
    expect(statusOfItem(SecurityGroupNoPublicSsh, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(SecurityGroupIngressDescribed, item)).toBe('NON_COMPLIANT');
  });
  it('the SSH source from a parameter is undecided in the template as an unrecorded range is in the item', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'x',
            SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: PARAM }],
          },
        },
      },
    });
    const item = configItem('AWS::EC2::SecurityGroup', {
      ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: 'not a list' }],
    });
    expect([statusOf(SecurityGroupNoPublicSsh, 'Sg', t), statusOfItem(SecurityGroupNoPublicSsh, item)]).toEqual([
      'INSUFFICIENT_DATA',
      'INSUFFICIENT_DATA',
    ]);
  });
});

describe('network ACLs: templates and configuration items agree', () => {
  interface E {
    n: number;
    action: string;
    cidr?: string;
    v6?: string;
    protocol: string;
    from?: number;
    to?: number;
    egress?: boolean;
  }
  const asAclTemplate = (entries: E[]) =>
    template({
      Acl: { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: 'vpc-1' } },
      ...Object.fromEntries(
        entries.map((e, i) => [
          `E${i}`,
          {
            Type: 'AWS::EC2::NetworkAclEntry',
            Properties: {
              NetworkAclId: { Ref: 'Acl' },
              RuleNumber: e.n,
              RuleAction: e.action,
              Egress: e.egress ?? false,
              CidrBlock: e.cidr,
              Ipv6CidrBlock: e.v6,
              Protocol: e.protocol,
              PortRange: e.from === undefined ? undefined : { From: e.from, To: e.to },
            },
          },
        ]),
      ),
    });
  const asAclItem = (entries: E[]) =>
    configItem('AWS::EC2::NetworkAcl', {
      entries: entries.map((e) => ({
        ruleNumber: e.n,
        ruleAction: e.action,
        egress: e.egress ?? false,
        cidrBlock: e.cidr,
        ipv6CidrBlock: e.v6,
        protocol: e.protocol,
        portRange: e.from === undefined ? undefined : { from: e.from, to: e.to },
      })),
    });
  it.each<[string, E[], string]>([
    [
      'SSH allowed from 0.0.0.0/0',
      [{ n: 100, action: 'allow', cidr: '0.0.0.0/0', protocol: '6', from: 22, to: 22 }],
      'NON_COMPLIANT',
    ],
    [
      'all allowed from 0:0:0:0:0:0:0:0/0',
      [{ n: 100, action: 'allow', v6: '0:0:0:0:0:0:0:0/0', protocol: '-1' }],
      'NON_COMPLIANT',
    ],
    [
      'a world deny first',
      [
        { n: 90, action: 'deny', cidr: '0.0.0.0/0', protocol: '-1' },
        { n: 100, action: 'allow', cidr: '0.0.0.0/0', protocol: '-1' },
      ],
      'COMPLIANT',
    ],
    ['HTTPS only', [{ n: 100, action: 'allow', cidr: '0.0.0.0/0', protocol: '6', from: 443, to: 443 }], 'COMPLIANT'],
  ])('%s', (_, entries, status) => {
    expect(statusOf(NetworkAclNoUnrestrictedSshRdp, 'Acl', asAclTemplate(entries))).toBe(status);
    expect(statusOfItem(NetworkAclNoUnrestrictedSshRdp, asAclItem(entries))).toBe(status);
  });
  it('needs review when the item does not record entries', () =>
    expect(statusOfItem(NetworkAclNoUnrestrictedSshRdp, configItem('AWS::EC2::NetworkAcl', {}))).toBe('INSUFFICIENT_DATA'));
});

describe('instances and subnets from configuration items', () => {
  const instance = (configuration: Record<string, unknown>) => configItem('AWS::EC2::Instance', configuration);
  it.each([
    [{ metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } }, 'COMPLIANT'],
    [{ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, 'NON_COMPLIANT'],
    [{ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } }, 'COMPLIANT'],
    [{}, 'INSUFFICIENT_DATA'],
  ])('Ec2Imdsv2Required on %j', (configuration, status) =>
    expect(statusOfItem(Ec2Imdsv2Required, instance(configuration))).toBe(status),
  );
  it.each([
    [{ publicIpAddress: '3.8.1.1' }, 'NON_COMPLIANT'],
    [{ privateIpAddress: '10.0.0.1' }, 'COMPLIANT'],
  ])('Ec2InstanceNoPublicIp on %j', (configuration, status) =>
    expect(statusOfItem(Ec2InstanceNoPublicIp, instance(configuration))).toBe(status),
  );
  it.each([
    [{ keyName: 'ops' }, 'NON_COMPLIANT'],
    [{}, 'COMPLIANT'],
  ])('Ec2NoKeyPair on %j', (configuration, status) => expect(statusOfItem(Ec2NoKeyPair, instance(configuration))).toBe(status));
  it.each([
    [{ mapPublicIpOnLaunch: true }, 'NON_COMPLIANT'],
    [{ mapPublicIpOnLaunch: false }, 'COMPLIANT'],
    [{}, 'INSUFFICIENT_DATA'],
  ])('SubnetNoAutoAssignPublicIp on %j', (configuration, status) =>
    expect(statusOfItem(SubnetNoAutoAssignPublicIp, configItem('AWS::EC2::Subnet', configuration))).toBe(status),
  );
});

describe('VpcFlowLogsEnabled: templates and configuration items agree', () => {
  const vpcTemplate = (trafficType?: string) =>
    template({
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      ...(trafficType
        ? {
            Log: {
              Type: 'AWS::EC2::FlowLog',
              Properties: {
                ResourceId: { Ref: 'Vpc' },
                ResourceType: 'VPC',
                TrafficType: trafficType,
                LogDestination: 'arn:aws:s3:::logs',
              },
            },
          }
        : {}),
    });
  const vpc = configItem('AWS::EC2::VPC', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16' }, { resourceId: 'vpc-1' });
  const flowLog = (trafficType: string) =>
    configItem('AWS::EC2::FlowLog', { flowLogId: 'fl-1', resourceId: 'vpc-1', trafficType }, { resourceId: 'fl-1' });
  it.each([
    ['ALL', 'COMPLIANT'],
    ['REJECT', 'NON_COMPLIANT'],
    [undefined, 'NON_COMPLIANT'],
  ])('a flow log of %s traffic', (trafficType, status) => {
    expect(statusOf(VpcFlowLogsEnabled, 'Vpc', vpcTemplate(trafficType))).toBe(status);
    expect(statusOfItem(VpcFlowLogsEnabled, vpc, trafficType ? [flowLog(trafficType)] : [])).toBe(status);
  });
  it('a flow log of another VPC does not count', () =>
    expect(
      statusOfItem(VpcFlowLogsEnabled, vpc, [configItem('AWS::EC2::FlowLog', { resourceId: 'vpc-2', trafficType: 'ALL' })]),
    ).toBe('NON_COMPLIANT'));
  it('needs review when flow logs are not recorded, never a failure', () => {
    const facts = VpcFlowLogsEnabled.adapters.configItem!.facts(vpc, {
      accountId: vpc.accountId,
      region: vpc.awsRegion,
      ofType: () => [],
      get: () => undefined,
      records: (type) => type !== 'AWS::EC2::FlowLog',
    });
    expect(VpcFlowLogsEnabled.evaluate(facts).status).toBe('INSUFFICIENT_DATA');
  });
  it('reads the real rdk VPC item', () => {
    const raw = JSON.parse(
      require('fs').readFileSync(
        require('path').join(__dirname, '../../../../shared/corpus/config-items/by-type/AWS_EC2_VPC/rdk-example.json'),
        'utf8',
      ),
    );
    const item = normaliseItem(raw, {});
    expect(statusOfItem(VpcFlowLogsEnabled, item)).toBe('NON_COMPLIANT');
  });
});

describe('Ec2LaunchTemplateNoPublicIp: templates and configuration items agree', () => {
  const asTemplate = (nics?: object[]) =>
    template({
      Lt: {
        Type: 'AWS::EC2::LaunchTemplate',
        Properties: { LaunchTemplateData: { ImageId: 'ami-1', ...(nics ? { NetworkInterfaces: nics } : {}) } },
      },
    });
  const asItem = (nics: object[], versions: { default: string; latest: string } = { default: '1', latest: '1' }) =>
    configItem('AWS::EC2::LaunchTemplate', {
      LaunchTemplateName: 'lt',
      Id: 'lt-1',
      LaunchTemplateData: { ImageId: 'ami-1', NetworkInterfaces: nics },
      DefaultVersionNumber: versions.default,
      LatestVersionNumber: versions.latest,
    });
  const pascal = (n: { associatePublicIpAddress?: boolean }) => ({
    DeviceIndex: 0,
    AssociatePublicIpAddress: n.associatePublicIpAddress,
  });
  it.each<[string, Array<{ associatePublicIpAddress?: boolean }>, string]>([
    ['no network interfaces', [], 'COMPLIANT'],
    ['an interface without a public IP', [{ associatePublicIpAddress: false }], 'COMPLIANT'],
    ['an interface that does not say', [{}], 'COMPLIANT'],
    ['an interface with a public IP', [{ associatePublicIpAddress: true }], 'NON_COMPLIANT'],
  ])('%s', (_, nics, status) => {
    expect(statusOf(Ec2LaunchTemplateNoPublicIp, 'Lt', asTemplate(nics.map(pascal)))).toBe(status);
    expect(statusOfItem(Ec2LaunchTemplateNoPublicIp, asItem(nics.map(pascal)))).toBe(status);
  });
  it('needs review when a later version than the recorded default exists, since its interfaces are not recorded', () =>
    expect(statusOfItem(Ec2LaunchTemplateNoPublicIp, asItem([], { default: '1', latest: '3' }))).toBe('INSUFFICIENT_DATA'));
  it('fails on the recorded default version’s public IP whatever later versions ask for', () =>
    expect(
      statusOfItem(
        Ec2LaunchTemplateNoPublicIp,
        asItem([pascal({ associatePublicIpAddress: true })], { default: '1', latest: '3' }),
      ),
    ).toBe('NON_COMPLIANT'));
  it('needs review when the item does not record the network interfaces', () =>
    expect(statusOfItem(Ec2LaunchTemplateNoPublicIp, configItem('AWS::EC2::LaunchTemplate', { LaunchTemplateData: {} }))).toBe(
      'INSUFFICIENT_DATA',
    ));
  it('passes the real rdk launch template item (one version, no interfaces)', () => {
    const [{ item }] = corpusItems('AWS::EC2::LaunchTemplate');
    expect(statusOfItem(Ec2LaunchTemplateNoPublicIp, item)).toBe('COMPLIANT');
  });
});

describe('VpcDefaultSecurityGroupClosed: templates and configuration items agree', () => {
  const vpc = configItem('AWS::EC2::VPC', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16' }, { resourceId: 'vpc-1' });
  const defaultGroup = (ipPermissions: unknown, ipPermissionsEgress: unknown = [], vpcId = 'vpc-1') =>
    configItem('AWS::EC2::SecurityGroup', { groupName: 'default', groupId: 'sg-d', vpcId, ipPermissions, ipPermissionsEgress });
  const permission = (ipProtocol: string, source: object) => ({
    ipProtocol,
    ipv4Ranges: [],
    ipv6Ranges: [],
    prefixListIds: [],
    userIdGroupPairs: [],
    ...source,
  });
  const fromMembers = permission('-1', { userIdGroupPairs: [{ groupId: 'sg-d', userId: '111122223333' }] });
  const toAnywhere = permission('-1', { ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] });
  const http = { ...permission('tcp', { ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }), fromPort: 80, toPort: 80 };
  const restrict = {
    Type: 'Custom::VpcRestrictDefaultSG',
    Properties: { ServiceToken: 'arn:x', DefaultSecurityGroupId: { 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] } },
  };
  const addHttp = {
    Type: 'AWS::EC2::SecurityGroupIngress',
    Properties: {
      GroupId: { 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] },
      IpProtocol: 'tcp',
      FromPort: 80,
      ToPort: 80,
      CidrIp: '0.0.0.0/0',
    },
  };
  it.each<[string, Record<string, object>, ConfigItem, string]>([
    ['the default rules revoked', { Restrict: restrict }, defaultGroup([], []), 'COMPLIANT'],
    ['the default rules kept', {}, defaultGroup([fromMembers], [toAnywhere]), 'NON_COMPLIANT'],
    [
      'the default rules revoked and HTTP added',
      { Restrict: restrict, Open: addHttp },
      defaultGroup([http], []),
      'NON_COMPLIANT',
    ],
  ])('%s', (_, resources, group, status) => {
    expect(statusOf(VpcDefaultSecurityGroupClosed, 'Vpc', template({ Vpc: { Type: 'AWS::EC2::VPC' }, ...resources }))).toBe(
      status,
    );
    expect(statusOfItem(VpcDefaultSecurityGroupClosed, vpc, [group])).toBe(status);
  });
  it('names an added rule apart from the default ones', () => {
    const result = resultOfItem(vpc, [defaultGroup([fromMembers, http], [toAnywhere])]);
    expect(result).toContain('port 80 from 0.0.0.0/0');
    expect(result).not.toContain('all traffic from another source');
  });
  it.each<[string, ConfigItem[], readonly string[] | undefined]>([
    ['security groups are not recorded', [], ['AWS::EC2::VPC']],
    ['the default group was not read', [], undefined],
    ['only another VPC’s default group was read', [defaultGroup([], [], 'vpc-2')], undefined],
    ['the group’s ingress is not recorded', [defaultGroup(undefined, [])], undefined],
  ])('needs review when %s', (_, others, recordedTypes) => {
    const adapter = VpcDefaultSecurityGroupClosed.adapters.configItem!;
    const facts = adapter.facts(vpc, itemScope([vpc, ...others], recordedTypes));
    expect(decide(VpcDefaultSecurityGroupClosed, () => facts).status).toBe('INSUFFICIENT_DATA');
  });
  it('fails the real c7n default group, which keeps its defaults and admits one outside address', () => {
    // A Select row: it selected no resourceId, so the group's id stands in for it.
    const row = JSON.parse(
      readFileSync(
        join(CORPUS, 'by-type/AWS_EC2_SecurityGroup/c7n-test_security_group_config_source-select-1.partial.json'),
        'utf8',
      ),
    ) as { configuration: { groupId: string } };
    const group = normaliseItem({ ...row, resourceId: row.configuration.groupId }, { resourceType: 'AWS::EC2::SecurityGroup' });
    const realVpc = configItem('AWS::EC2::VPC', { vpcId: 'vpc-d2d616b5' }, { resourceId: 'vpc-d2d616b5' });
    expect(resultOfItem(realVpc, [group])).toMatch(/^NON_COMPLIANT: .*all traffic from 108\.56\.181\.242\/32/);
  });

  function resultOfItem(item: ConfigItem, others: ConfigItem[]): string {
    const adapter = VpcDefaultSecurityGroupClosed.adapters.configItem!;
    const verdict = decide(VpcDefaultSecurityGroupClosed, () => adapter.facts(item, itemScope([item, ...others])));
    return `${verdict.status}: ${verdict.message}`;
  }
});
