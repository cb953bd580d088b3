#!/usr/bin/env node
// Writes examples/snapshot/: an AWS Config snapshot (gzipped, in Config's S3 layout) of the
// reference environment as deployed, with three changes made by hand after deployment:
//   1. SSH (tcp 22) from 0.0.0.0/0 opened on the service function's security group;
//   2. the service data bucket's SSE-KMS default encryption deleted (S3 falls back to SSE-S3)
//      and its public access block removed;
//   3. a bucket created in the console: no CloudFormation tags, S3's defaults only.
//
// Items are built from the synthesized templates (`npm run build` first) with configuration
// shapes modelled on the real items in ../shared/corpus/config-items/ and the property names of
// ../shared/corpus/config-resource-schema (the snapshot shape: configurationItemVersion,
// awsAccountId, ARN, configuration as an object). Every template type AWS Config records has its
// items: VPC, Subnet, SecurityGroup (inline and standalone rules), RouteTable (routes from
// AWS::EC2::Route and gateway endpoints, subnet and gateway associations), SubnetRouteTableAssociation,
// InternetGateway (attachments), EIP, NatGateway, VPCEndpoint, FlowLog, Network Firewall (firewall,
// policy, rule groups), Route 53 Resolver (DNS Firewall rule group and association, query logging
// config and association), S3 buckets (policy, ACL, notifications, encryption, versioning, logging,
// lifecycle, public access block, Object Lock), KMS keys (rotation, key policy), Lambda functions
// (function policy from AWS::Lambda::Permission), IAM roles (trust, inline policies from
// AWS::IAM::Policy, attached policies) and customer managed policies (AWS::IAM::ManagedPolicy),
// the ConfigurationRecorder (recording all supported types, global ones included), CloudTrail trail,
// GuardDuty detector, Access Analyzer, SNS topics (topic policy), CloudWatch alarms, EventBridge
// rules, Secrets Manager secret (rotation), RDS instance and subnet group, ALB and listeners, WAFv2
// web ACL, Backup vault, plan and selection. Also what AWS creates with each VPC and Config records:
// its default security group (rules revoked by CDK's restrictDefaultSecurityGroup resource), main
// route table and default network ACL, and the AWS managed DNS Firewall domain lists the rule group
// blocks. Six types the schema has no file for are in the ResourceType list of the pinned
// @aws-sdk/client-config-service, so the recorder records them too: VPCGatewayAttachment, ELBv2
// TargetGroup, GuardDuty MalwareProtectionPlan, Secrets Manager RotationSchedule and ResourcePolicy,
// Security Hub Standard. Config records them through the CloudFormation registry: configuration is
// the CloudFormation resource model (template property names, as in the real ELBv2 Listener item;
// read-only ids and ARNs added; write-only properties dropped, per the CloudFormation guide's
// "Record resource types in AWS Config"), resourceId the model's primary identifier (parts joined
// by `|`, as in `IGW|vpc-…`). Which properties are read-only, write-only or identifiers, and which
// types are taggable, follows the registry schemas (as cfn-lint ships them): only TargetGroup and
// MalwareProtectionPlan carry tags. These items come after the changes made by hand so that every
// other item keeps its configurationStateId.
// Left out: ACM certificates (the schema has no AWS::CertificateManager type), network
// interfaces, and the rotation function of the Serverless application (a nested stack not in
// these templates). Physical ids are derived from logical ids, so the output is the same on every run.
//
//   node scripts/make-sample-snapshot.js
'use strict';
const { spawnSync } = require('child_process');
const { createHash } = require('crypto');
const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');
const { gzipSync } = require('zlib');

const root = join(__dirname, '..');
const ACCOUNT = '111111111111';
const REGION = 'eu-west-2';
const CAPTURED = '2026-11-20T09:30:00.000Z';
const OUT = join(root, 'examples', 'snapshot');
const FILE = join(
  OUT,
  `AWSLogs/${ACCOUNT}/Config/${REGION}/2026/11/20/ConfigSnapshot`,
  `${ACCOUNT}_Config_${REGION}_ConfigSnapshot_20261120T100000Z_5b0c3f9e-7d1a-4c2e-9f64-0a8e2b1c7d35.json.gz`,
);

const hex = (text, n) => createHash('sha256').update(text).digest('hex').slice(0, n);
const lower = (text) => text.toLowerCase().replace(/[^a-z0-9-]/g, '');

// --- the templates, as deployed ---
const outdir = mkdtempSync(join(tmpdir(), 'palisade-snapshot-'));
const synth = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'example-app.js')], {
  env: { ...process.env, CDK_OUTDIR: outdir, CDK_DEFAULT_ACCOUNT: ACCOUNT },
  encoding: 'utf8',
});
if (synth.status !== 0) {
  process.stderr.write(`${synth.stderr}\nmake-sample-snapshot: synthesis failed; run \`npm run build\` first\n`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
const stacks = Object.entries(manifest.artifacts)
  .filter(([, a]) => a.type === 'aws:cloudformation:stack')
  .map(([name, a]) => ({
    name,
    id: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${name}/${hex(name, 8)}-${hex(`${name}1`, 4)}-4${hex(`${name}2`, 3)}-8${hex(`${name}3`, 3)}-${hex(`${name}4`, 12)}`,
    tags: a.properties.tags ?? {},
    resources: JSON.parse(readFileSync(join(outdir, a.properties.templateFile), 'utf8')).Resources,
  }));
rmSync(outdir, { recursive: true, force: true });

// Physical ids as CloudFormation makes them, derived from the logical id so that reruns agree.
// Each entry: id (Config's resourceId), ref (what Ref returns), name, arn.
const uuid = (seed) => `${hex(seed, 8)}-${hex(seed + 1, 4)}-4${hex(seed + 2, 3)}-a${hex(seed + 3, 3)}-${hex(seed + 4, 12)}`;
const cfnName = (stack, logicalId, suffix, max = 64) =>
  `${stack}-${logicalId}`.slice(0, max - 13) + `-${suffix.slice(0, 12).toUpperCase()}`;
const ec2 = (prefix, suffix) => `${prefix}-0${suffix}`;
const regional = (service, resource) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;

function identityOf(stack, logicalId, r) {
  const suffix = hex(`${stack.name}/${logicalId}`, 13);
  const p = r.Properties ?? {};
  const named = (key, fallback) => (typeof p[key] === 'string' ? p[key] : fallback);
  const simple = (id, arn, extra = {}) => ({ id, ref: id, name: id, arn, ...extra });
  switch (r.Type) {
    case 'AWS::EC2::VPC': {
      const id = `vpc-0${suffix.slice(0, 16)}`;
      return simple(id, regional('ec2', `vpc/${id}`));
    }
    case 'AWS::EC2::Subnet': {
      const id = `subnet-0${suffix.slice(0, 16)}`;
      return simple(id, regional('ec2', `subnet/${id}`));
    }
    case 'AWS::EC2::SecurityGroup': {
      const id = `sg-0${suffix.slice(0, 16)}`;
      return simple(id, regional('ec2', `security-group/${id}`));
    }
    case 'AWS::EC2::RouteTable':
      return simple(ec2('rtb', suffix), regional('ec2', `route-table/${ec2('rtb', suffix)}`));
    case 'AWS::EC2::InternetGateway':
      return simple(ec2('igw', suffix), regional('ec2', `internet-gateway/${ec2('igw', suffix)}`));
    case 'AWS::EC2::NatGateway':
      return simple(ec2('nat', suffix), regional('ec2', `natgateway/${ec2('nat', suffix)}`));
    case 'AWS::EC2::EIP': {
      const id = ec2('eipalloc', suffix);
      const ip = `18.${parseInt(suffix.slice(0, 2), 16)}.${parseInt(suffix.slice(2, 4), 16)}.${parseInt(suffix.slice(4, 6), 16)}`;
      return { id, ref: ip, name: id, arn: regional('ec2', `eip-allocation/${id}`), publicIp: ip };
    }
    case 'AWS::EC2::VPCEndpoint':
      return simple(ec2('vpce', suffix), regional('ec2', `vpc-endpoint/${ec2('vpce', suffix)}`));
    case 'AWS::EC2::FlowLog':
      return simple(ec2('fl', suffix), regional('ec2', `vpc-flow-log/${ec2('fl', suffix)}`));
    case 'AWS::EC2::SubnetRouteTableAssociation':
    case 'AWS::EC2::GatewayRouteTableAssociation':
      return simple(ec2('rtbassoc', suffix), undefined);
    case 'AWS::S3::Bucket': {
      const id =
        typeof p.BucketName === 'string'
          ? p.BucketName
          : lower(`${stack.name}-${logicalId}`).slice(0, 48) + `-${suffix.slice(0, 12)}`;
      return simple(id, `arn:aws:s3:::${id}`);
    }
    case 'AWS::Lambda::Function': {
      const id = named('FunctionName', `${stack.name}-${logicalId}`.slice(0, 50) + `-${suffix.slice(0, 12)}`);
      return simple(id, regional('lambda', `function:${id}`));
    }
    case 'AWS::KMS::Key': {
      const id = `${hex(suffix, 8)}-${hex(suffix + 1, 4)}-4${hex(suffix + 2, 3)}-a${hex(suffix + 3, 3)}-${hex(suffix + 4, 12)}`;
      return simple(id, regional('kms', `key/${id}`));
    }
    case 'AWS::IAM::Role': {
      const name = `${stack.name}-${logicalId}`.slice(0, 50) + `-${suffix.slice(0, 12).toUpperCase()}`;
      return {
        id: `AROA${hex(`${suffix}role`, 17).toUpperCase()}`,
        ref: name,
        name,
        arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
      };
    }
    case 'AWS::IAM::ManagedPolicy': {
      const name = named('ManagedPolicyName', cfnName(stack.name, logicalId, suffix, 128));
      const arn = `arn:aws:iam::${ACCOUNT}:policy${p.Path ?? '/'}${name}`;
      return { id: `ANPA${hex(`${suffix}policy`, 17).toUpperCase()}`, ref: arn, name, arn };
    }
    case 'AWS::IAM::Policy':
      return { id: p.PolicyName, ref: p.PolicyName, name: p.PolicyName };
    case 'AWS::Logs::LogGroup': {
      const name = named('LogGroupName', cfnName(stack.name, logicalId, suffix, 512));
      return { id: name, ref: name, name, arn: regional('logs', `log-group:${name}:*`) };
    }
    case 'AWS::SNS::Topic': {
      const name = named('TopicName', cfnName(stack.name, logicalId, suffix, 256));
      const arn = regional('sns', name);
      return { id: arn, ref: arn, name, arn };
    }
    case 'AWS::CloudWatch::Alarm': {
      const name = named('AlarmName', cfnName(stack.name, logicalId, suffix, 255));
      return simple(name, regional('cloudwatch', `alarm:${name}`));
    }
    case 'AWS::CloudTrail::Trail': {
      const name = named('TrailName', cfnName(stack.name, logicalId, suffix, 128));
      return simple(name, regional('cloudtrail', `trail/${name}`));
    }
    case 'AWS::Config::ConfigurationRecorder': {
      const name = named('Name', cfnName(stack.name, logicalId, suffix, 256));
      return simple(name, regional('config', `config-recorder/${name}`));
    }
    case 'AWS::AccessAnalyzer::Analyzer': {
      const name = named('AnalyzerName', cfnName(stack.name, logicalId, suffix, 255));
      const arn = regional('access-analyzer', `analyzer/${name}`);
      return { id: arn, ref: arn, name, arn };
    }
    case 'AWS::GuardDuty::Detector': {
      const id = hex(`${suffix}detector`, 32);
      return simple(id, regional('guardduty', `detector/${id}`));
    }
    case 'AWS::NetworkFirewall::Firewall': {
      const arn = regional('network-firewall', `firewall/${p.FirewallName}`);
      return { id: arn, ref: arn, name: p.FirewallName, arn, firewallId: uuid(suffix) };
    }
    case 'AWS::NetworkFirewall::FirewallPolicy': {
      const arn = regional('network-firewall', `firewall-policy/${p.FirewallPolicyName}`);
      return { id: arn, ref: arn, name: p.FirewallPolicyName, arn, policyId: uuid(suffix) };
    }
    case 'AWS::NetworkFirewall::RuleGroup': {
      const arn = regional('network-firewall', `stateful-rulegroup/${p.RuleGroupName}`);
      return { id: arn, ref: arn, name: p.RuleGroupName, arn, ruleGroupId: uuid(suffix) };
    }
    case 'AWS::Route53Resolver::FirewallRuleGroup':
      return resolverId('rslvr-frg', 'firewall-rule-group', suffix, p.Name);
    case 'AWS::Route53Resolver::FirewallRuleGroupAssociation':
      return resolverId('rslvr-frgassoc', 'firewall-rule-group-association', suffix, p.Name);
    case 'AWS::Route53Resolver::ResolverQueryLoggingConfig':
      return resolverId('rslvr-qlc', 'resolver-query-log-config', suffix, p.Name);
    case 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation':
      return resolverId('rslvr-qlcassoc', 'resolver-query-log-config-association', suffix);
    case 'AWS::SecretsManager::Secret': {
      const name = named('Name', `${logicalId.slice(0, 40)}-${suffix.slice(0, 12)}`);
      const arn = regional('secretsmanager', `secret:${name}-${hex(`${suffix}secret`, 6)}`);
      return { id: arn, ref: arn, name, arn };
    }
    case 'AWS::RDS::DBInstance': {
      const name = lower(named('DBInstanceIdentifier', `${stack.name}-${logicalId}`.slice(0, 50) + `-${suffix.slice(0, 12)}`));
      return { id: `db-${hex(`${suffix}dbi`, 26).toUpperCase()}`, ref: name, name, arn: regional('rds', `db:${name}`) };
    }
    case 'AWS::RDS::DBSubnetGroup': {
      const name = lower(named('DBSubnetGroupName', `${stack.name}-${logicalId}-${suffix.slice(0, 12)}`));
      return simple(name, regional('rds', `subgrp:${name}`));
    }
    case 'AWS::RDS::DBParameterGroup': {
      const name = lower(`${stack.name}-${logicalId}-${suffix.slice(0, 12)}`);
      return simple(name, regional('rds', `pg:${name}`));
    }
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      const name = named('Name', `${stack.name.slice(0, 8)}-${logicalId.slice(0, 10)}-${suffix.slice(0, 12)}`.slice(0, 32));
      const arn = regional('elasticloadbalancing', `loadbalancer/app/${name}/${hex(`${suffix}lb`, 16)}`);
      return { id: arn, ref: arn, name, arn, dnsName: `${name}-${parseInt(suffix.slice(0, 8), 16)}.${REGION}.elb.amazonaws.com` };
    }
    case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
      const name = named('Name', `${logicalId.slice(0, 18)}-${suffix.slice(0, 12)}`);
      const arn = regional('elasticloadbalancing', `targetgroup/${name}/${hex(`${suffix}tg`, 16)}`);
      return { id: arn, ref: arn, name, arn };
    }
    case 'AWS::ElasticLoadBalancingV2::Listener':
      // its ARN is derived from the load balancer's, once that is known (see listenerArn)
      return { id: undefined, ref: undefined, name: undefined, arn: undefined, listenerSuffix: hex(`${suffix}listener`, 16) };
    case 'AWS::CertificateManager::Certificate': {
      const arn = regional('acm', `certificate/${uuid(suffix)}`);
      return { id: arn, ref: arn, name: arn, arn };
    }
    case 'AWS::WAFv2::WebACL': {
      const name = named('Name', `${logicalId}-${suffix.slice(0, 12)}`);
      const id = uuid(suffix);
      const arn = regional('wafv2', `regional/webacl/${name}/${id}`);
      return { id, ref: `${name}|${id}|REGIONAL`, name, arn };
    }
    case 'AWS::Backup::BackupVault': {
      const name = named('BackupVaultName', `${logicalId}-${suffix.slice(0, 12)}`);
      return simple(name, regional('backup', `backup-vault:${name}`));
    }
    case 'AWS::Backup::BackupPlan': {
      const id = uuid(suffix);
      return { id, ref: id, name: p.BackupPlan?.BackupPlanName, arn: regional('backup', `backup-plan:${id}`) };
    }
    case 'AWS::Backup::BackupSelection': {
      const id = uuid(suffix);
      return { id, ref: id, name: p.BackupSelection?.SelectionName };
    }
    case 'AWS::Events::Rule': {
      const name = named('Name', cfnName(stack.name, logicalId, suffix, 64));
      return simple(name, regional('events', `rule/${name}`));
    }
    default:
      return undefined;
  }
}

function resolverId(prefix, kind, suffix, name) {
  const id = `${prefix}-${hex(`${suffix}${prefix}`, 17)}`;
  return { id, ref: id, name: name ?? id, arn: regional('route53resolver', `${kind}/${id}`) };
}

const physical = new Map();
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const identity = identityOf(stack, logicalId, r);
    if (identity) physical.set(`${stack.name}/${logicalId}`, { type: r.Type, ...identity });
  }
}
// a secret attachment's Ref is its secret's ARN
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    if (r.Type !== 'AWS::SecretsManager::SecretTargetAttachment') continue;
    const secret = physical.get(`${stack.name}/${r.Properties.SecretId.Ref}`);
    physical.set(`${stack.name}/${logicalId}`, {
      type: r.Type,
      id: secret.arn,
      ref: secret.arn,
      name: secret.name,
      arn: secret.arn,
    });
  }
}
// a listener's ARN extends its load balancer's
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    if (r.Type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    const lb = physical.get(`${stack.name}/${r.Properties.LoadBalancerArn.Ref}`);
    const entry = physical.get(`${stack.name}/${logicalId}`);
    const arn = lb.arn.replace(':loadbalancer/', ':listener/') + `/${entry.listenerSuffix}`;
    Object.assign(entry, { id: arn, ref: arn, name: arn, arn });
  }
}

// What AWS creates with a VPC, without a template resource: its default security group,
// main route table and default network ACL.
const implicit = (vpcKey, what, prefix) => `${prefix}-0${hex(`${vpcKey}/${what}`, 13)}`;
const defaultGroupId = (vpcKey) => implicit(vpcKey, 'default-sg', 'sg');
const mainTableId = (vpcKey) => implicit(vpcKey, 'main-rtb', 'rtb');
// Network Firewall endpoints, one per mapped subnet's zone: the firewall item does not record them.
const firewallEndpoint = (az) => `vpce-0${hex(`firewall-endpoint/${az}`, 13)}`;
// The AWS managed DNS Firewall domain lists have fixed ids per region.
const managedList = (name) => `rslvr-fdl-${hex(`${REGION}/${name}`, 17)}`;

/** A GetAtt, as CloudFormation resolved it. */
function attribute(stack, logicalId, attr) {
  const target = physical.get(`${stack.name}/${logicalId}`);
  const r = stack.resources[logicalId];
  if (attr === 'Endpoint.Port') return 5432;
  if (r?.Type === 'Custom::ManagedDomainLists') return managedList(attr);
  if (r?.Type === 'Custom::AWS') {
    const az = /SyncStates\.([^.]+)\.Attachment\.EndpointId/.exec(attr)?.[1];
    if (az) return firewallEndpoint(az);
  }
  if (r?.Type === 'AWS::Serverless::Application' && attr === 'Outputs.RotationLambdaARN')
    return regional('lambda', `function:${resolve(r.Properties.Parameters.functionName, stack)}`);
  if (!target) return `${logicalId}.${attr}`;
  const special = {
    DefaultSecurityGroup: () => defaultGroupId(`${stack.name}/${logicalId}`),
    CidrBlock: () => r.Properties.CidrBlock,
    AllocationId: () => target.id,
    PublicIp: () => target.publicIp,
    FirewallId: () => target.firewallId,
    Id: () => target.id,
    RoleId: () => target.id,
    KeyId: () => target.id,
    GroupId: () => target.id,
    BackupVaultName: () => target.name,
    BackupPlanId: () => target.id,
    DNSName: () => target.dnsName,
    LoadBalancerFullName: () => target.arn.split(':loadbalancer/')[1],
    TargetGroupFullName: () => target.arn.split(':')[5],
  }[attr];
  if (special) return special();
  return /Arn$/.test(attr) ? target.arn : target.id;
}

/** Resolves the intrinsics these templates use, as CloudFormation did at deployment; what it cannot resolve stays a placeholder. */
function resolve(value, stack) {
  if (Array.isArray(value)) return value.map((v) => resolve(v, stack));
  if (value === null || typeof value !== 'object') return value;
  const [key] = Object.keys(value);
  const arg = value[key];
  const pseudo = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': ACCOUNT,
    'AWS::Region': REGION,
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': stack?.name,
    'AWS::StackId': stack?.id,
  };
  if (key === 'Ref') return pseudo[arg] ?? physical.get(`${stack.name}/${arg}`)?.ref ?? `${arg}-ref`;
  if (key === 'Fn::GetAtt') return attribute(stack, arg[0], arg[1]);
  if (key === 'Fn::Join') return resolve(arg[1], stack).join(arg[0]);
  if (key === 'Fn::Sub' && typeof arg === 'string')
    return arg.replace(/\$\{([^}]+)\}/g, (_, name) => resolve({ Ref: name }, stack));
  if (key === 'Fn::Select') return resolve(arg[1], stack)[arg[0]];
  if (key === 'Fn::FindInMap') return `${arg[0]}.${resolve(arg[1], stack)}.${arg[2]}`;
  if (key === 'Fn::ImportValue') {
    // the exports these stacks import name the network stack's resources (Ref outputs)
    const name = JSON.stringify(resolve(arg, stack));
    const match = [...physical.entries()].find(([k]) => k.startsWith('PalisadeNetwork/') && name.includes(k.split('/')[1]));
    return match ? match[1].ref : 'imported';
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, stack)]));
}

// --- configuration items ---
const GLOBAL = new Set(['AWS::IAM::Role', 'AWS::IAM::Policy']);
let n = 0;
function item(stack, logicalId, type, id, configuration, extra = {}) {
  const declared = stack ? resolve(stack.resources[logicalId]?.Properties?.Tags, stack) : undefined;
  const own = Array.isArray(declared) ? declared.map((t) => [t.Key, t.Value]) : Object.entries(declared ?? {});
  const tags =
    stack && extra.cloudFormationTags !== false
      ? {
          ...stack.tags,
          ...Object.fromEntries(own),
          'aws:cloudformation:stack-name': stack.name,
          'aws:cloudformation:logical-id': logicalId,
          'aws:cloudformation:stack-id': stack.id,
        }
      : (extra.tags ?? {});
  const entry = stack ? physical.get(`${stack.name}/${logicalId}`) : undefined;
  return {
    relatedEvents: [],
    relationships: extra.relationships ?? [],
    configuration,
    supplementaryConfiguration: extra.supplementary ?? {},
    tags,
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: CAPTURED,
    configurationStateId: String(1763630000000 + ++n * 1013),
    awsAccountId: ACCOUNT,
    configurationItemStatus: 'OK',
    resourceType: type,
    resourceId: id,
    resourceName: extra.name ?? entry?.name ?? id,
    ...(extra.arn !== null ? { ARN: extra.arn ?? entry?.arn ?? arnOf(type, id) } : {}),
    awsRegion: GLOBAL.has(type) ? 'global' : REGION,
    availabilityZone: extra.availabilityZone ?? 'Not Applicable',
    resourceCreationTime: '2026-11-02T14:05:00.000Z',
  };
}

const arnOf = (type, id) =>
  ({
    'AWS::EC2::SecurityGroup': regional('ec2', `security-group/${id}`),
    'AWS::EC2::RouteTable': regional('ec2', `route-table/${id}`),
    'AWS::EC2::NetworkAcl': regional('ec2', `network-acl/${id}`),
    'AWS::S3::Bucket': `arn:aws:s3:::${id}`,
    'AWS::Route53Resolver::FirewallDomainList': regional('route53resolver', `firewall-domain-list/${id}`),
  })[type];

const ec2Tags = (tags) =>
  Object.entries(tags)
    .filter(([k]) => !k.startsWith('aws:cloudformation:'))
    .map(([key, value]) => ({ key, value }));
const inVpc = (vpcId, name = 'Is contained in Vpc') => ({
  resourceType: 'AWS::EC2::VPC',
  resourceId: vpcId,
  relationshipName: name,
});
const inSubnet = (subnetId) => ({
  resourceType: 'AWS::EC2::Subnet',
  resourceId: subnetId,
  relationshipName: 'Is contained in Subnet',
});

function permission(rule, stack) {
  const r = resolve(rule, stack);
  const source = r.SourceSecurityGroupId ?? r.DestinationSecurityGroupId;
  return {
    ipProtocol: String(r.IpProtocol),
    fromPort: r.FromPort ?? null,
    toPort: r.ToPort ?? null,
    userIdGroupPairs: source ? [{ groupId: source, userId: ACCOUNT, description: r.Description }] : [],
    ipv4Ranges: r.CidrIp ? [{ cidrIp: r.CidrIp, description: r.Description }] : [],
    ipRanges: r.CidrIp ? [r.CidrIp] : [],
    ipv6Ranges: r.CidrIpv6 ? [{ cidrIpv6: r.CidrIpv6, description: r.Description }] : [],
    prefixListIds: r.DestinationPrefixListId ? [{ prefixListId: r.DestinationPrefixListId }] : [],
  };
}
// the rule EC2 gives every new group: all traffic out, anywhere
const ALL_EGRESS = permission({ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }, null);

/** A policy document as IAM returns it in a Config item: URL-encoded JSON. */
const iamDocument = (document) => encodeURIComponent(JSON.stringify(document));
/** A document as the service that holds it returns it: JSON text. */
const policyText = (document) => JSON.stringify(document);
const ownerId = hex('owner', 64);

const items = [];
const byKey = new Map(); // stack/logicalId -> item
const add = (stack, logicalId, it) => {
  items.push(it);
  if (stack) byKey.set(`${stack.name}/${logicalId}`, it);
  return it;
};
const find = (type, predicate) => items.find((i) => i.resourceType === type && predicate(i));

/** Builds the item Config records for one template resource, or nothing when Config records no such type. */
const BUILD = {
  'AWS::EC2::VPC'(stack, logicalId, p, id) {
    return item(stack, logicalId, 'AWS::EC2::VPC', id, {
      vpcId: id,
      cidrBlock: p.CidrBlock,
      dhcpOptionsId: `dopt-0${hex('dhcp', 13)}`,
      state: 'available',
      ownerId: ACCOUNT,
      instanceTenancy: p.InstanceTenancy ?? 'default',
      ipv6CidrBlockAssociationSet: [],
      cidrBlockAssociationSet: [
        {
          associationId: `vpc-cidr-assoc-0${hex(`${id}/cidr`, 13)}`,
          cidrBlock: p.CidrBlock,
          cidrBlockState: { state: 'associated' },
        },
      ],
      isDefault: false,
      tags: [],
    });
  },
  'AWS::EC2::Subnet'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::EC2::Subnet',
      id,
      {
        subnetId: id,
        state: 'available',
        vpcId: p.VpcId,
        cidrBlock: p.CidrBlock,
        availabilityZone: p.AvailabilityZone,
        defaultForAz: false,
        mapPublicIpOnLaunch: p.MapPublicIpOnLaunch === true,
        tags: [],
      },
      { availabilityZone: p.AvailabilityZone, relationships: [inVpc(p.VpcId)] },
    );
  },
  'AWS::EC2::SecurityGroup'(stack, logicalId, p, id, r) {
    return item(
      stack,
      logicalId,
      'AWS::EC2::SecurityGroup',
      id,
      {
        ownerId: ACCOUNT,
        groupName: `${stack.name}-${logicalId}-${id.slice(-8).toUpperCase()}`,
        groupId: id,
        description: p.GroupDescription,
        ipPermissions: (r.Properties.SecurityGroupIngress ?? []).map((x) => permission(x, stack)),
        // a group declared without egress keeps the rule EC2 creates it with
        ipPermissionsEgress: r.Properties.SecurityGroupEgress
          ? r.Properties.SecurityGroupEgress.map((x) => permission(x, stack))
          : [ALL_EGRESS],
        vpcId: p.VpcId,
        tags: [],
      },
      { relationships: [inVpc(p.VpcId)] },
    );
  },
  'AWS::EC2::RouteTable'(stack, logicalId, p, id) {
    const vpc = byKey.get(`${stack.name}/${stack.resources[logicalId].Properties.VpcId.Ref}`);
    return item(
      stack,
      logicalId,
      'AWS::EC2::RouteTable',
      id,
      {
        routeTableId: id,
        vpcId: p.VpcId,
        ownerId: ACCOUNT,
        // the local route every table starts with; CloudFormation's routes and associations are added below
        routes: [
          { destinationCidrBlock: vpc.configuration.cidrBlock, gatewayId: 'local', state: 'active', origin: 'CreateRouteTable' },
        ],
        associations: [],
        propagatingVgws: [],
        tags: [],
      },
      { relationships: [inVpc(p.VpcId)] },
    );
  },
  'AWS::EC2::InternetGateway'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::EC2::InternetGateway',
      id,
      { internetGatewayId: id, ownerId: ACCOUNT, attachments: [], tags: [] },
      { availabilityZone: 'Multiple Availability Zones' },
    );
  },
  'AWS::EC2::EIP'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::EC2::EIP', id, {
      allocationId: id,
      publicIp: entry.publicIp,
      domain: p.Domain ?? 'vpc',
      publicIpv4Pool: 'amazon',
      networkBorderGroup: REGION,
      tags: [],
    });
  },
  'AWS::EC2::NatGateway'(stack, logicalId, p, id) {
    const subnet = items.find((i) => i.resourceId === p.SubnetId);
    const eip = items.find((i) => i.resourceType === 'AWS::EC2::EIP' && i.resourceId === p.AllocationId);
    const eni = `eni-0${hex(`${id}/eni`, 13)}`;
    Object.assign(eip.configuration, {
      associationId: `eipassoc-0${hex(`${id}/assoc`, 13)}`,
      networkInterfaceId: eni,
      networkInterfaceOwnerId: ACCOUNT,
      privateIpAddress: natPrivateIp(subnet),
    });
    return item(
      stack,
      logicalId,
      'AWS::EC2::NatGateway',
      id,
      {
        natGatewayId: id,
        createTime: 1762092300000,
        state: 'available',
        subnetId: p.SubnetId,
        vpcId: subnet.configuration.vpcId,
        connectivityType: 'public',
        natGatewayAddresses: [
          {
            allocationId: p.AllocationId,
            networkInterfaceId: eni,
            privateIp: natPrivateIp(subnet),
            publicIp: eip.configuration.publicIp,
          },
        ],
        tags: [],
      },
      {
        relationships: [
          { ...inVpc(subnet.configuration.vpcId), relationshipName: 'Is contained in ' },
          { ...inSubnet(p.SubnetId), relationshipName: 'Is contained in ' },
        ],
      },
    );
  },
  'AWS::EC2::VPCEndpoint'(stack, logicalId, p, id) {
    const type = p.VpcEndpointType ?? 'Gateway';
    return item(
      stack,
      logicalId,
      'AWS::EC2::VPCEndpoint',
      id,
      {
        vpcEndpointId: id,
        vpcEndpointType: type,
        vpcId: p.VpcId,
        serviceName: p.ServiceName,
        state: 'available',
        routeTableIds: p.RouteTableIds ?? [],
        subnetIds: p.SubnetIds ?? [],
        groups: (p.SecurityGroupIds ?? []).map((groupId) => ({
          groupId,
          groupName: items.find((i) => i.resourceId === groupId)?.configuration.groupName,
        })),
        ipAddressType: 'ipv4',
        privateDnsEnabled: type === 'Interface' ? p.PrivateDnsEnabled !== false : false,
        requesterManaged: false,
        networkInterfaceIds: (p.SubnetIds ?? []).map((s) => `eni-0${hex(`${id}/${s}`, 13)}`),
        dnsEntries: [],
        creationTimestamp: '2026-11-02T14:06:00.000Z',
        ownerId: ACCOUNT,
        tags: [],
      },
      { relationships: [inVpc(p.VpcId)] },
    );
  },
  'AWS::EC2::SubnetRouteTableAssociation'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::EC2::SubnetRouteTableAssociation',
      id,
      { Id: id, RouteTableId: p.RouteTableId, SubnetId: p.SubnetId },
      { cloudFormationTags: false, arn: null },
    );
  },
  'AWS::EC2::FlowLog'(stack, logicalId, p, id) {
    return item(stack, logicalId, 'AWS::EC2::FlowLog', id, {
      flowLogId: id,
      creationTime: 1762092360000,
      deliverLogsPermissionArn: p.DeliverLogsPermissionArn,
      deliverLogsStatus: 'SUCCESS',
      flowLogStatus: 'ACTIVE',
      logGroupName: p.LogGroupName,
      logDestinationType: p.LogDestinationType ?? 'cloud-watch-logs',
      logDestination: regional('logs', `log-group:${p.LogGroupName}`),
      resourceId: p.ResourceId,
      trafficType: p.TrafficType,
      logFormat:
        '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
      maxAggregationInterval: p.MaxAggregationInterval ?? 600,
      tags: [],
    });
  },
  'AWS::Lambda::Function'(stack, logicalId, p, id) {
    const role = typeof p.Role === 'string' ? p.Role : `arn:aws:iam::${ACCOUNT}:role/unknown`;
    const supplementary = {
      ...(p.ReservedConcurrentExecutions === undefined
        ? {}
        : { Concurrency: { reservedConcurrentExecutions: p.ReservedConcurrentExecutions } }),
    };
    return item(
      stack,
      logicalId,
      'AWS::Lambda::Function',
      id,
      {
        functionName: id,
        functionArn: regional('lambda', `function:${id}`),
        runtime: p.Runtime,
        role,
        handler: p.Handler,
        codeSize: 1874,
        description: p.Description ?? '',
        timeout: p.Timeout ?? 3,
        memorySize: p.MemorySize ?? 128,
        lastModified: '2026-11-02T14:07:12.000+0000',
        codeSha256: Buffer.from(hex(id, 32), 'hex').toString('base64'),
        version: '$LATEST',
        ...(p.VpcConfig
          ? { vpcConfig: { subnetIds: p.VpcConfig.SubnetIds ?? [], securityGroupIds: p.VpcConfig.SecurityGroupIds ?? [] } }
          : {}),
        ...(p.DeadLetterConfig ? { deadLetterConfig: { targetArn: p.DeadLetterConfig.TargetArn } } : {}),
        ...(p.KmsKeyArn ? { kmsKeyArn: p.KmsKeyArn } : {}),
        tracingConfig: { mode: p.TracingConfig?.Mode ?? 'PassThrough' },
        packageType: p.PackageType ?? 'Zip',
        architectures: p.Architectures ?? ['x86_64'],
      },
      { supplementary },
    );
  },
  'AWS::KMS::Key'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::KMS::Key',
      id,
      {
        keyId: id,
        arn: regional('kms', `key/${id}`),
        awsaccountId: ACCOUNT,
        creationDate: 1762092300000,
        enabled: true,
        description: p.Description ?? '',
        keyUsage: p.KeyUsage ?? 'ENCRYPT_DECRYPT',
        keyState: 'Enabled',
        origin: 'AWS_KMS',
        keyManager: 'CUSTOMER',
        customerMasterKeySpec: p.KeySpec ?? 'SYMMETRIC_DEFAULT',
        keySpec: p.KeySpec ?? 'SYMMETRIC_DEFAULT',
        encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        signingAlgorithms: [],
        multiRegion: p.MultiRegion === true,
      },
      {
        supplementary: {
          KeyRotationStatus: p.EnableKeyRotation === true,
          // KMS returns the key policy as it was put, as text
          Policy: JSON.stringify(p.KeyPolicy, null, 2),
        },
      },
    );
  },
  'AWS::S3::Bucket'(stack, logicalId, p, id) {
    return bucketItem(stack, logicalId, id, p, '2026-11-02T14:05:00.000Z');
  },
  'AWS::IAM::Role'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(
      stack,
      logicalId,
      'AWS::IAM::Role',
      id,
      {
        path: p.Path ?? '/',
        roleName: entry.name,
        roleId: id,
        arn: entry.arn,
        createDate: '2026-11-02T14:05:00.000Z',
        assumeRolePolicyDocument: iamDocument(p.AssumeRolePolicyDocument),
        description: p.Description,
        maxSessionDuration: p.MaxSessionDuration ?? 3600,
        instanceProfileList: [],
        rolePolicyList: (p.Policies ?? []).map((x) => ({
          policyName: x.PolicyName,
          policyDocument: iamDocument(x.PolicyDocument),
        })),
        attachedManagedPolicies: (p.ManagedPolicyArns ?? []).map((arn) => ({ policyName: arn.split('/').pop(), policyArn: arn })),
        permissionsBoundary: null,
        tags: [],
      },
      { name: entry.name },
    );
  },
  'AWS::IAM::ManagedPolicy'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    const attached = [...(p.Roles ?? []), ...(p.Users ?? []), ...(p.Groups ?? [])];
    return item(
      stack,
      logicalId,
      'AWS::IAM::Policy',
      id,
      {
        policyName: entry.name,
        policyId: id,
        arn: entry.arn,
        path: p.Path ?? '/',
        description: p.Description,
        defaultVersionId: 'v1',
        attachmentCount: attached.length,
        permissionsBoundaryUsageCount: 0,
        isAttachable: true,
        createDate: '2026-11-02T14:05:30.000Z',
        updateDate: '2026-11-02T14:05:30.000Z',
        policyVersionList: [
          {
            document: iamDocument(p.PolicyDocument),
            versionId: 'v1',
            isDefaultVersion: true,
            createDate: '2026-11-02T14:05:30.000Z',
          },
        ],
      },
      // Config records a managed policy without tags of its own
      { name: entry.name, cloudFormationTags: false },
    );
  },
  'AWS::SNS::Topic'(stack, logicalId, p, id) {
    return item(stack, logicalId, 'AWS::SNS::Topic', id, {
      TopicArn: id,
      Owner: ACCOUNT,
      DisplayName: p.DisplayName ?? '',
      ...(p.KmsMasterKeyId ? { KmsMasterKeyId: p.KmsMasterKeyId } : {}),
      // SNS's default policy, replaced below where a TopicPolicy names the topic
      Policy: policyText({
        Version: '2008-10-17',
        Id: '__default_policy_ID',
        Statement: [
          {
            Sid: '__default_statement_ID',
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: [
              'SNS:GetTopicAttributes',
              'SNS:SetTopicAttributes',
              'SNS:AddPermission',
              'SNS:RemovePermission',
              'SNS:DeleteTopic',
              'SNS:Subscribe',
              'SNS:ListSubscriptionsByTopic',
              'SNS:Publish',
            ],
            Resource: id,
            Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
          },
        ],
      }),
      EffectiveDeliveryPolicy: policyText({
        http: {
          defaultHealthyRetryPolicy: {
            minDelayTarget: 20,
            maxDelayTarget: 20,
            numRetries: 3,
            numMaxDelayRetries: 0,
            numNoDelayRetries: 0,
            numMinDelayRetries: 0,
            backoffFunction: 'linear',
          },
          disableSubscriptionOverrides: false,
          defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
        },
      }),
    });
  },
  'AWS::CloudWatch::Alarm'(stack, logicalId, p, id) {
    return item(stack, logicalId, 'AWS::CloudWatch::Alarm', id, {
      alarmName: id,
      alarmArn: regional('cloudwatch', `alarm:${id}`),
      alarmDescription: p.AlarmDescription,
      alarmConfigurationUpdatedTimestamp: 1762092400000,
      actionsEnabled: p.ActionsEnabled !== false,
      alarmActions: p.AlarmActions ?? [],
      okactions: p.OKActions ?? [],
      insufficientDataActions: p.InsufficientDataActions ?? [],
      metricName: p.MetricName,
      namespace: p.Namespace,
      statistic: p.Statistic,
      dimensions: (p.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value })),
      period: p.Period,
      evaluationPeriods: p.EvaluationPeriods,
      ...(p.DatapointsToAlarm ? { datapointsToAlarm: p.DatapointsToAlarm } : {}),
      threshold: p.Threshold,
      comparisonOperator: p.ComparisonOperator,
      treatMissingData: p.TreatMissingData ?? 'missing',
    });
  },
  'AWS::CloudTrail::Trail'(stack, logicalId, p, id) {
    // Config's trail item is DescribeTrails' trail: it records no logging status (GetTrailStatus)
    return item(
      stack,
      logicalId,
      'AWS::CloudTrail::Trail',
      id,
      {
        name: id,
        s3BucketName: p.S3BucketName,
        ...(p.S3KeyPrefix ? { s3KeyPrefix: p.S3KeyPrefix } : {}),
        ...(p.SnsTopicName ? { snsTopicName: p.SnsTopicName } : {}),
        includeGlobalServiceEvents: p.IncludeGlobalServiceEvents !== false,
        isMultiRegionTrail: p.IsMultiRegionTrail === true,
        homeRegion: REGION,
        trailARN: regional('cloudtrail', `trail/${id}`),
        logFileValidationEnabled: p.EnableLogFileValidation === true,
        ...(p.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: p.CloudWatchLogsLogGroupArn } : {}),
        ...(p.CloudWatchLogsRoleArn ? { cloudWatchLogsRoleArn: p.CloudWatchLogsRoleArn } : {}),
        ...(p.KMSKeyId ? { kmsKeyId: p.KMSKeyId } : {}),
        hasCustomEventSelectors: Boolean(p.EventSelectors || p.AdvancedEventSelectors),
        hasInsightSelectors: Boolean(p.InsightSelectors),
        isOrganizationTrail: p.IsOrganizationTrail === true,
      },
      { availabilityZone: 'Regional' },
    );
  },
  'AWS::Config::ConfigurationRecorder'(stack, logicalId, p, id) {
    const group = p.RecordingGroup ?? {};
    return item(
      stack,
      logicalId,
      'AWS::Config::ConfigurationRecorder',
      id,
      {
        Name: id,
        RoleARN: p.RoleARN,
        RecordingGroup: {
          AllSupported: group.AllSupported === true,
          IncludeGlobalResourceTypes: group.IncludeGlobalResourceTypes === true,
          ResourceTypes: group.ResourceTypes ?? [],
          ExclusionByResourceTypes: { ResourceTypes: group.ExclusionByResourceTypes?.ResourceTypes ?? [] },
          RecordingStrategy: { UseOnly: group.RecordingStrategy?.UseOnly ?? 'ALL_SUPPORTED_RESOURCE_TYPES' },
        },
        RecordingMode: {
          RecordingFrequency: p.RecordingMode?.RecordingFrequency ?? 'CONTINUOUS',
          RecordingModeOverrides: p.RecordingMode?.RecordingModeOverrides ?? [],
        },
        // the delivery channel was created, so CloudFormation started the recorder
        Recording: true,
      },
      { cloudFormationTags: false },
    );
  },
  'AWS::AccessAnalyzer::Analyzer'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::AccessAnalyzer::Analyzer', id, {
      AnalyzerName: entry.name,
      Arn: entry.arn,
      Type: p.Type,
      ArchiveRules: (p.ArchiveRules ?? []).map((a) => ({ RuleName: a.RuleName, Filter: a.Filter })),
    });
  },
  'AWS::GuardDuty::Detector'(stack, logicalId, p, id) {
    const feature = (name) => (p.Features ?? []).find((f) => f.Name === name)?.Status === 'ENABLED';
    return item(stack, logicalId, 'AWS::GuardDuty::Detector', id, {
      Id: id,
      Enable: p.Enable === true,
      FindingPublishingFrequency: p.FindingPublishingFrequency ?? 'SIX_HOURS',
      // the detector's data sources as GetDetector reports them for the features enabled
      DataSources: {
        S3Logs: { Enable: p.DataSources?.S3Logs?.Enable ?? feature('S3_DATA_EVENTS') },
        Kubernetes: { AuditLogs: { Enable: p.DataSources?.Kubernetes?.AuditLogs?.Enable ?? feature('EKS_AUDIT_LOGS') } },
      },
    });
  },
  'AWS::NetworkFirewall::RuleGroup'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::NetworkFirewall::RuleGroup', id, {
      ruleGroup: camel(p.RuleGroup),
      ruleGroupResponse: {
        ruleGroupArn: entry.arn,
        ruleGroupName: entry.name,
        ruleGroupId: entry.ruleGroupId,
        type: p.Type,
        capacity: p.Capacity,
        ruleGroupStatus: 'ACTIVE',
        numberOfAssociations: 1,
      },
    });
  },
  'AWS::NetworkFirewall::FirewallPolicy'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::NetworkFirewall::FirewallPolicy', id, {
      firewallPolicy: camel(p.FirewallPolicy),
      firewallPolicyResponse: {
        firewallPolicyArn: entry.arn,
        firewallPolicyName: entry.name,
        firewallPolicyId: entry.policyId,
        firewallPolicyStatus: 'ACTIVE',
        numberOfAssociations: 1,
      },
    });
  },
  'AWS::NetworkFirewall::Firewall'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(
      stack,
      logicalId,
      'AWS::NetworkFirewall::Firewall',
      id,
      {
        firewall: {
          firewallName: entry.name,
          firewallArn: entry.arn,
          firewallId: entry.firewallId,
          firewallPolicyArn: p.FirewallPolicyArn,
          vpcId: p.VpcId,
          subnetMappings: p.SubnetMappings.map((m) => ({ subnetId: m.SubnetId, iPAddressType: m.IPAddressType ?? 'IPV4' })),
          deleteProtection: p.DeleteProtection === true,
          subnetChangeProtection: p.SubnetChangeProtection === true,
          firewallPolicyChangeProtection: p.FirewallPolicyChangeProtection === true,
        },
      },
      { relationships: [inVpc(p.VpcId)] },
    );
  },
  'AWS::Route53Resolver::FirewallRuleGroup'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Route53Resolver::FirewallRuleGroup', id, {
      Id: id,
      Arn: entry.arn,
      Name: entry.name,
      RuleCount: (p.FirewallRules ?? []).length,
      Status: 'COMPLETE',
      StatusMessage: 'Created Firewall Rule Group',
      OwnerId: ACCOUNT,
      ShareStatus: 'NOT_SHARED',
      CreatorRequestId: uuid(`${id}/request`),
      CreationTime: '2026-11-02T14:06:10.000000Z',
      ModificationTime: '2026-11-02T14:06:10.000000Z',
      FirewallRules: (p.FirewallRules ?? []).map((x) => ({
        FirewallDomainListId: x.FirewallDomainListId,
        Priority: x.Priority,
        Action: x.Action,
        ...(x.BlockResponse ? { BlockResponse: x.BlockResponse } : {}),
      })),
    });
  },
  'AWS::Route53Resolver::FirewallRuleGroupAssociation'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Route53Resolver::FirewallRuleGroupAssociation', id, {
      Id: id,
      Arn: entry.arn,
      FirewallRuleGroupId: p.FirewallRuleGroupId,
      VpcId: p.VpcId,
      Name: p.Name,
      Priority: p.Priority,
      MutationProtection: p.MutationProtection ?? 'DISABLED',
      Status: 'COMPLETE',
      StatusMessage: 'Finished rule group association update',
      CreatorRequestId: uuid(`${id}/request`),
      CreationTime: '2026-11-02T14:06:20.000000Z',
      ModificationTime: '2026-11-02T14:06:20.000000Z',
    });
  },
  'AWS::Route53Resolver::ResolverQueryLoggingConfig'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Route53Resolver::ResolverQueryLoggingConfig', id, {
      Id: id,
      Arn: entry.arn,
      Name: p.Name,
      OwnerId: ACCOUNT,
      Status: 'CREATED',
      ShareStatus: 'NOT_SHARED',
      AssociationCount: 1,
      DestinationArn: p.DestinationArn,
      CreatorRequestId: uuid(`${id}/request`),
      CreationTime: '2026-11-02T14:06:05.000Z',
    });
  },
  'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
      id,
      {
        Id: id,
        ResolverQueryLogConfigId: p.ResolverQueryLogConfigId,
        ResourceId: p.ResourceId,
        Status: 'ACTIVE',
        Error: 'NONE',
        CreationTime: '2026-11-02T14:06:15.000Z',
      },
      { cloudFormationTags: false },
    );
  },
  'AWS::SecretsManager::Secret'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::SecretsManager::Secret', id, {
      ARN: id,
      Name: entry.name,
      Description: p.Description,
      ...(p.KmsKeyId ? { KMSKeyId: p.KmsKeyId } : {}),
      RotationEnabled: false,
      Deleted: false,
    });
  },
  'AWS::RDS::DBSubnetGroup'(stack, logicalId, p, id) {
    const subnets = p.SubnetIds.map((s) => items.find((i) => i.resourceId === s));
    return item(
      stack,
      logicalId,
      'AWS::RDS::DBSubnetGroup',
      id,
      {
        dBSubnetGroupName: id,
        dBSubnetGroupDescription: p.DBSubnetGroupDescription,
        vpcId: subnets[0].configuration.vpcId,
        subnetGroupStatus: 'Complete',
        subnets: subnets.map((s) => ({
          subnetIdentifier: s.resourceId,
          subnetAvailabilityZone: { name: s.configuration.availabilityZone },
          subnetStatus: 'Active',
        })),
        dBSubnetGroupArn: regional('rds', `subgrp:${id}`),
      },
      {
        availabilityZone: 'Multiple Availability Zones',
        relationships: [
          ...subnets.map((s) => ({
            resourceType: 'AWS::EC2::Subnet',
            resourceId: s.resourceId,
            relationshipName: 'Is associated with Subnet',
          })),
          inVpc(subnets[0].configuration.vpcId, 'Is attached to Vpc'),
        ],
      },
    );
  },
  'AWS::RDS::DBInstance'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    const group = find('AWS::RDS::DBSubnetGroup', (i) => i.resourceId === p.DBSubnetGroupName);
    return item(
      stack,
      logicalId,
      'AWS::RDS::DBInstance',
      id,
      {
        dBInstanceIdentifier: entry.name,
        dBInstanceClass: p.DBInstanceClass,
        engine: p.Engine,
        engineVersion: p.EngineVersion,
        dBInstanceStatus: 'available',
        masterUsername: p.MasterUsername,
        dBName: p.DBName,
        endpoint: { address: `${entry.name}.c${hex('rds', 11)}.${REGION}.rds.amazonaws.com`, port: Number(p.Port ?? 5432) },
        allocatedStorage: Number(p.AllocatedStorage),
        preferredBackupWindow: '02:00-02:30',
        backupRetentionPeriod: p.BackupRetentionPeriod ?? 1,
        dBSecurityGroups: [],
        vpcSecurityGroups: (p.VPCSecurityGroups ?? []).map((g) => ({ vpcSecurityGroupId: g, status: 'active' })),
        dBParameterGroups: [{ dBParameterGroupName: p.DBParameterGroupName, parameterApplyStatus: 'in-sync' }],
        availabilityZone: `${REGION}a`,
        secondaryAvailabilityZone: p.MultiAZ ? `${REGION}b` : undefined,
        dBSubnetGroup: group?.configuration,
        preferredMaintenanceWindow: 'sun:04:00-sun:04:30',
        pendingModifiedValues: {},
        multiAZ: p.MultiAZ === true,
        autoMinorVersionUpgrade: p.AutoMinorVersionUpgrade !== false,
        readReplicaDBInstanceIdentifiers: [],
        licenseModel: 'postgresql-license',
        optionGroupMemberships: [
          { optionGroupName: `default:${p.Engine}-${String(p.EngineVersion).split('.')[0]}`, status: 'in-sync' },
        ],
        publiclyAccessible: p.PubliclyAccessible === true,
        storageType: p.StorageType ?? 'gp2',
        dbInstancePort: 0,
        storageEncrypted: p.StorageEncrypted === true,
        ...(p.KmsKeyId ? { kmsKeyId: p.KmsKeyId } : {}),
        dbiResourceId: id,
        cACertificateIdentifier: p.CACertificateIdentifier,
        domainMemberships: [],
        copyTagsToSnapshot: p.CopyTagsToSnapshot === true,
        monitoringInterval: p.MonitoringInterval ?? 0,
        ...(p.MonitoringRoleArn ? { monitoringRoleArn: p.MonitoringRoleArn } : {}),
        dBInstanceArn: entry.arn,
        iAMDatabaseAuthenticationEnabled: p.EnableIAMDatabaseAuthentication === true,
        performanceInsightsEnabled: p.EnablePerformanceInsights === true,
        ...(p.PerformanceInsightsKMSKeyId ? { performanceInsightsKMSKeyId: p.PerformanceInsightsKMSKeyId } : {}),
        performanceInsightsRetentionPeriod: p.PerformanceInsightsRetentionPeriod,
        enabledCloudwatchLogsExports: p.EnableCloudwatchLogsExports ?? [],
        deletionProtection: p.DeletionProtection === true,
      },
      {
        name: entry.name,
        availabilityZone: `${REGION}a`,
        relationships: [
          ...(p.VPCSecurityGroups ?? []).map((g) => ({
            resourceType: 'AWS::EC2::SecurityGroup',
            resourceId: g,
            relationshipName: 'Is associated with SecurityGroup',
          })),
          {
            resourceType: 'AWS::RDS::DBSubnetGroup',
            resourceId: p.DBSubnetGroupName,
            relationshipName: 'Is associated with DBSubnetGroup',
          },
        ],
      },
    );
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    const subnets = p.Subnets.map((s) => items.find((i) => i.resourceId === s));
    const declared = Object.fromEntries((p.LoadBalancerAttributes ?? []).map((a) => [a.Key, String(a.Value)]));
    // DescribeLoadBalancerAttributes lists every attribute, defaults included
    const attributes = {
      'access_logs.s3.enabled': 'false',
      'access_logs.s3.bucket': '',
      'access_logs.s3.prefix': '',
      'deletion_protection.enabled': 'false',
      'idle_timeout.timeout_seconds': '60',
      'routing.http.desync_mitigation_mode': 'defensive',
      'routing.http.drop_invalid_header_fields.enabled': 'false',
      'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': 'false',
      'routing.http.xff_client_port.enabled': 'false',
      'routing.http2.enabled': 'true',
      'waf.fail_open.enabled': 'false',
      ...declared,
    };
    return item(
      stack,
      logicalId,
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      id,
      {
        loadBalancerArn: id,
        dNSName: entry.dnsName,
        canonicalHostedZoneId: 'ZHURV8PSTC4K8',
        createdTime: '2026-11-02T14:09:00.000Z',
        loadBalancerName: entry.name,
        scheme: p.Scheme ?? 'internet-facing',
        vpcId: subnets[0].configuration.vpcId,
        state: { code: 'active' },
        type: p.Type ?? 'application',
        availabilityZones: subnets.map((s) => ({
          zoneName: s.configuration.availabilityZone,
          subnetId: s.resourceId,
          loadBalancerAddresses: [],
        })),
        securityGroups: p.SecurityGroups ?? [],
        ipAddressType: p.IpAddressType ?? 'ipv4',
      },
      {
        name: entry.name,
        supplementary: { LoadBalancerAttributes: Object.entries(attributes).map(([key, value]) => ({ key, value })) },
        relationships: [
          inVpc(subnets[0].configuration.vpcId),
          ...subnets.map(({ resourceId }) => ({ ...inSubnet(resourceId), relationshipName: 'Is attached to Subnet' })),
          ...(p.SecurityGroups ?? []).map((g) => ({
            resourceType: 'AWS::EC2::SecurityGroup',
            resourceId: g,
            relationshipName: 'Is associated with SecurityGroup',
          })),
        ],
      },
    );
  },
  'AWS::ElasticLoadBalancingV2::Listener'(stack, logicalId, p, id) {
    return item(stack, logicalId, 'AWS::ElasticLoadBalancingV2::Listener', id, {
      ListenerArn: id,
      LoadBalancerArn: p.LoadBalancerArn,
      Port: p.Port,
      Protocol: p.Protocol,
      ...(p.Certificates ? { Certificates: p.Certificates.map((c) => ({ CertificateArn: c.CertificateArn })) } : {}),
      ...(p.SslPolicy ? { SslPolicy: p.SslPolicy } : {}),
      DefaultActions: p.DefaultActions.map((a, i) => ({
        ...a,
        Order: i + 1,
        ...(a.Type === 'forward' && a.TargetGroupArn
          ? {
              ForwardConfig: {
                TargetGroups: [{ TargetGroupArn: a.TargetGroupArn, Weight: 1 }],
                TargetGroupStickinessConfig: { Enabled: false },
              },
            }
          : {}),
        ...(a.RedirectConfig
          ? { RedirectConfig: { Host: '#{host}', Path: '/#{path}', Query: '#{query}', ...a.RedirectConfig } }
          : {}),
      })),
    });
  },
  'AWS::WAFv2::WebACL'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::WAFv2::WebACL', id, {
      name: entry.name,
      id,
      arn: entry.arn,
      defaultAction: camel(p.DefaultAction),
      description: p.Description,
      rules: camel(p.Rules),
      visibilityConfig: camel(p.VisibilityConfig),
      capacity: 1100,
      managedByFirewallManager: false,
      labelNamespace: `awswaf:${ACCOUNT}:webacl:${entry.name}:`,
    });
  },
  'AWS::Events::Rule'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Events::Rule', id, {
      Name: id,
      Arn: entry.arn,
      Id: id,
      Description: p.Description,
      EventBusName: p.EventBusName ?? 'default',
      EventPattern: JSON.stringify(p.EventPattern),
      State: p.State ?? 'ENABLED',
      Targets: (p.Targets ?? []).map((t) => ({ Id: t.Id, Arn: t.Arn })),
    });
  },
  'AWS::Backup::BackupVault'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Backup::BackupVault', id, {
      BackupVaultName: id,
      BackupVaultArn: entry.arn,
      ...(p.EncryptionKeyArn ? { EncryptionKeyArn: p.EncryptionKeyArn } : {}),
      ...(p.AccessPolicy ? { AccessPolicy: policyText(p.AccessPolicy) } : {}),
      ...(p.Notifications ? { Notifications: p.Notifications } : {}),
    });
  },
  'AWS::Backup::BackupPlan'(stack, logicalId, p, id) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    return item(stack, logicalId, 'AWS::Backup::BackupPlan', id, {
      BackupPlanId: id,
      BackupPlanArn: entry.arn,
      VersionId: hex(`${id}/version`, 32),
      BackupPlan: {
        BackupPlanName: p.BackupPlan.BackupPlanName,
        BackupPlanRule: p.BackupPlan.BackupPlanRule.map((x) => ({
          RuleName: x.RuleName,
          TargetBackupVault: x.TargetBackupVault,
          ScheduleExpression: x.ScheduleExpression,
          StartWindowMinutes: x.StartWindowMinutes ?? 480,
          CompletionWindowMinutes: x.CompletionWindowMinutes ?? 10080,
          ...(x.Lifecycle ? { Lifecycle: x.Lifecycle } : {}),
          ...(x.CopyActions ? { CopyActions: x.CopyActions } : {}),
          EnableContinuousBackup: x.EnableContinuousBackup === true,
        })),
      },
    });
  },
  'AWS::Backup::BackupSelection'(stack, logicalId, p, id) {
    return item(
      stack,
      logicalId,
      'AWS::Backup::BackupSelection',
      id,
      {
        SelectionId: id,
        BackupPlanId: p.BackupPlanId,
        BackupSelection: {
          SelectionName: p.BackupSelection.SelectionName,
          IamRoleArn: p.BackupSelection.IamRoleArn,
          Resources: p.BackupSelection.Resources ?? [],
          NotResources: p.BackupSelection.NotResources ?? [],
        },
      },
      { cloudFormationTags: false },
    );
  },
};

/** CloudFormation's PascalCase property names, as the service APIs Config reads return them. */
function camel(value) {
  if (Array.isArray(value)) return value.map(camel);
  if (value === null || typeof value !== 'object') return value;
  // names the template chose (rule variables such as HOME_NET) stay as they are
  const key = (k) => (/^[A-Z0-9_]+$/.test(k) && k.includes('_') ? k : k.charAt(0).toLowerCase() + k.slice(1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [key(k), camel(v)]));
}

function natPrivateIp(subnet) {
  const [a, b, c] = subnet.configuration.cidrBlock.split('.');
  return `${a}.${b}.${c}.${10 + (parseInt(hex(subnet.resourceId, 2), 16) % 200)}`;
}

function bucketItem(stack, logicalId, id, p, created) {
  const sse = p.BucketEncryption?.ServerSideEncryptionConfiguration?.[0];
  return item(
    stack,
    logicalId,
    'AWS::S3::Bucket',
    id,
    { name: id, owner: { displayName: null, id: ownerId }, creationDate: created },
    {
      availabilityZone: 'Regional',
      supplementary: {
        // with ACLs disabled (BucketOwnerEnforced), and for any new bucket, the ACL grants the owner alone
        AccessControlList: JSON.stringify({
          grantSet: null,
          grantList: [{ grantee: { id: ownerId, displayName: null }, permission: 'FullControl' }],
          owner: { displayName: null, id: ownerId },
          isRequesterCharged: false,
        }),
        BucketAccelerateConfiguration: { status: null },
        BucketLoggingConfiguration: {
          destinationBucketName: p.LoggingConfiguration?.DestinationBucketName ?? null,
          logFilePrefix: p.LoggingConfiguration?.LogFilePrefix ?? null,
        },
        BucketNotificationConfiguration: { configurations: notificationsOf(p.NotificationConfiguration) },
        BucketPolicy: { policyText: null },
        BucketVersioningConfiguration: { status: p.VersioningConfiguration?.Status ?? 'Off', isMfaDeleteEnabled: null },
        ServerSideEncryptionConfiguration: {
          rules: [
            {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: sse?.ServerSideEncryptionByDefault?.SSEAlgorithm ?? 'AES256',
                kmsMasterKeyID: sse?.ServerSideEncryptionByDefault?.KMSMasterKeyID ?? null,
              },
              bucketKeyEnabled: sse?.BucketKeyEnabled === true,
            },
          ],
        },
        ...(p.PublicAccessBlockConfiguration
          ? {
              PublicAccessBlockConfiguration: {
                blockPublicAcls: p.PublicAccessBlockConfiguration.BlockPublicAcls === true,
                ignorePublicAcls: p.PublicAccessBlockConfiguration.IgnorePublicAcls === true,
                blockPublicPolicy: p.PublicAccessBlockConfiguration.BlockPublicPolicy === true,
                restrictPublicBuckets: p.PublicAccessBlockConfiguration.RestrictPublicBuckets === true,
              },
            }
          : {}),
        ...(p.LifecycleConfiguration
          ? {
              BucketLifecycleConfiguration: {
                rules: p.LifecycleConfiguration.Rules.map((x) => ({ id: x.Id, status: x.Status })),
              },
            }
          : {}),
        ...(p.ObjectLockEnabled ? { ObjectLockConfiguration: { objectLockEnabled: 'Enabled' } } : {}),
        IsRequesterPaysEnabled: false,
      },
    },
  );
}

/** The bucket's event notifications, keyed by configuration id as Config records them. */
function notificationsOf(config) {
  const out = {};
  const add = (list, type, key, arnKey) =>
    (list ?? []).forEach((c, i) => {
      out[Buffer.from(`${type}-${i}`).toString('base64')] = {
        type,
        [arnKey]: c[key],
        events: [c.Event],
        objectPrefixes: [],
        filter: null,
      };
    });
  add(config?.QueueConfigurations, 'QueueConfiguration', 'Queue', 'queueARN');
  add(config?.TopicConfigurations, 'TopicConfiguration', 'Topic', 'topicARN');
  add(config?.LambdaConfigurations, 'LambdaConfiguration', 'Function', 'functionARN');
  return out;
}

for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const build = BUILD[r.Type];
    if (!build) continue;
    const p = resolve(r.Properties ?? {}, stack);
    add(stack, logicalId, build(stack, logicalId, p, physical.get(`${stack.name}/${logicalId}`)?.id, r));
  }
}

// what AWS creates with each VPC: its default group (the template's restrictDefaultSecurityGroup
// custom resource revoked both default rules), main route table and default network ACL
for (const vpc of items.filter((i) => i.resourceType === 'AWS::EC2::VPC')) {
  const vpcKey = `${vpc.tags['aws:cloudformation:stack-name']}/${vpc.tags['aws:cloudformation:logical-id']}`;
  const stack = stacks.find((s) => s.name === vpc.tags['aws:cloudformation:stack-name']);
  const restricted = Object.values(stack.resources).some(
    (r) =>
      r.Type === 'Custom::VpcRestrictDefaultSG' &&
      r.Properties.DefaultSecurityGroupId?.['Fn::GetAtt']?.[0] === vpcKey.split('/')[1],
  );
  const groupId = defaultGroupId(vpcKey);
  items.push(
    item(
      null,
      null,
      'AWS::EC2::SecurityGroup',
      groupId,
      {
        ownerId: ACCOUNT,
        groupName: 'default',
        groupId,
        description: 'default VPC security group',
        ipPermissions: restricted ? [] : [{ ...permission({ IpProtocol: '-1', SourceSecurityGroupId: groupId }, null) }],
        ipPermissionsEgress: restricted ? [] : [ALL_EGRESS],
        vpcId: vpc.resourceId,
        tags: [],
      },
      { relationships: [inVpc(vpc.resourceId)] },
    ),
  );
  const mainId = mainTableId(vpcKey);
  items.push(
    item(
      null,
      null,
      'AWS::EC2::RouteTable',
      mainId,
      {
        routeTableId: mainId,
        vpcId: vpc.resourceId,
        ownerId: ACCOUNT,
        routes: [
          { destinationCidrBlock: vpc.configuration.cidrBlock, gatewayId: 'local', state: 'active', origin: 'CreateRouteTable' },
        ],
        associations: [
          {
            main: true,
            routeTableAssociationId: `rtbassoc-0${hex(`${vpcKey}/main-assoc`, 13)}`,
            routeTableId: mainId,
            associationState: { state: 'associated' },
          },
        ],
        propagatingVgws: [],
        tags: [],
      },
      { relationships: [inVpc(vpc.resourceId)] },
    ),
  );
  const aclId = implicit(vpcKey, 'default-acl', 'acl');
  const subnets = items.filter((i) => i.resourceType === 'AWS::EC2::Subnet' && i.configuration.vpcId === vpc.resourceId);
  const entry = (ruleNumber, egress, ruleAction) => ({
    ruleNumber,
    protocol: '-1',
    ruleAction,
    egress,
    cidrBlock: '0.0.0.0/0',
  });
  items.push(
    item(
      null,
      null,
      'AWS::EC2::NetworkAcl',
      aclId,
      {
        networkAclId: aclId,
        vpcId: vpc.resourceId,
        isDefault: true,
        ownerId: ACCOUNT,
        // a default ACL allows all traffic both ways; CloudFormation's subnets stay associated with it
        entries: [entry(100, true, 'allow'), entry(32767, true, 'deny'), entry(100, false, 'allow'), entry(32767, false, 'deny')],
        associations: subnets.map((s) => ({
          networkAclAssociationId: `aclassoc-0${hex(`${aclId}/${s.resourceId}`, 13)}`,
          networkAclId: aclId,
          subnetId: s.resourceId,
        })),
        tags: [],
      },
      {
        relationships: [
          inVpc(vpc.resourceId),
          ...subnets.map((s) => ({ ...inSubnet(s.resourceId), relationshipName: 'Is attached to Subnet' })),
        ],
      },
    ),
  );
}

// The AWS managed DNS Firewall domain lists the rule groups name, as ListFirewallDomainLists shows them in the account.
const managedNames = new Set();
for (const stack of stacks)
  for (const r of Object.values(stack.resources))
    if (r.Type === 'Custom::ManagedDomainLists') for (const name of r.Properties.Names) managedNames.add(name);
for (const name of [...managedNames].sort()) {
  const id = managedList(name);
  items.push(
    item(
      null,
      null,
      'AWS::Route53Resolver::FirewallDomainList',
      id,
      {
        Id: id,
        Arn: regional('route53resolver', `firewall-domain-list/${id}`),
        Name: name,
        ManagedOwnerName: 'Route 53 Resolver DNS Firewall',
        Status: 'COMPLETE',
        StatusMessage: 'Created Firewall Domain List',
        CreationTime: '2021-03-31T00:00:00.000000Z',
        ModificationTime: '2026-11-01T00:00:00.000000Z',
      },
      { name },
    ),
  );
}

// what CloudFormation applied to the items above after creating them
const target = (stack, value) => byKey.get(`${stack.name}/${value?.Ref ?? value?.['Fn::GetAtt']?.[0]}`);
const itemWithId = (id) => items.find((i) => i.resourceId === id);
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const p = resolve(r.Properties ?? {}, stack);
    switch (r.Type) {
      case 'AWS::EC2::SecurityGroupIngress':
      case 'AWS::EC2::SecurityGroupEgress': {
        const g = itemWithId(p.GroupId);
        if (g)
          g.configuration[r.Type.endsWith('Ingress') ? 'ipPermissions' : 'ipPermissionsEgress'].push(
            permission(r.Properties, stack),
          );
        break;
      }
      case 'AWS::S3::BucketPolicy': {
        const b = itemWithId(p.Bucket);
        if (b) b.supplementaryConfiguration.BucketPolicy = { policyText: JSON.stringify(p.PolicyDocument) };
        break;
      }
      case 'AWS::SNS::TopicPolicy':
        for (const topic of p.Topics) itemWithId(topic).configuration.Policy = policyText(p.PolicyDocument);
        break;
      case 'AWS::EC2::Route': {
        const table = itemWithId(p.RouteTableId);
        const gateway = p.GatewayId ?? p.VpcEndpointId;
        table.configuration.routes.push({
          destinationCidrBlock: p.DestinationCidrBlock,
          ...(gateway ? { gatewayId: gateway } : {}),
          ...(p.NatGatewayId ? { natGatewayId: p.NatGatewayId } : {}),
          ...(p.TransitGatewayId ? { transitGatewayId: p.TransitGatewayId } : {}),
          state: 'active',
          origin: 'CreateRoute',
        });
        break;
      }
      case 'AWS::EC2::SubnetRouteTableAssociation':
      case 'AWS::EC2::GatewayRouteTableAssociation': {
        const table = itemWithId(p.RouteTableId);
        table.configuration.associations.push({
          main: false,
          routeTableAssociationId: physical.get(`${stack.name}/${logicalId}`).id,
          routeTableId: p.RouteTableId,
          ...(p.SubnetId ? { subnetId: p.SubnetId } : { gatewayId: p.GatewayId }),
          associationState: { state: 'associated' },
        });
        break;
      }
      case 'AWS::EC2::VPCGatewayAttachment': {
        if (!p.InternetGatewayId) break;
        const igw = itemWithId(p.InternetGatewayId);
        igw.configuration.attachments.push({ state: 'available', vpcId: p.VpcId });
        igw.relationships.push(inVpc(p.VpcId, 'Is attached to Vpc'));
        break;
      }
      case 'AWS::EC2::VPCEndpoint': {
        // a gateway endpoint adds a route to its service's prefix list in each of its tables
        if ((p.VpcEndpointType ?? 'Gateway') !== 'Gateway') break;
        const prefixList = `pl-${hex(p.ServiceName, 8)}`;
        for (const tableId of p.RouteTableIds ?? [])
          itemWithId(tableId).configuration.routes.push({
            destinationPrefixListId: prefixList,
            gatewayId: physical.get(`${stack.name}/${logicalId}`).id,
            state: 'active',
            origin: 'CreateRoute',
          });
        break;
      }
      case 'AWS::IAM::Policy':
        // CloudFormation's AWS::IAM::Policy is an inline policy of each role it names
        for (const roleName of p.Roles ?? []) {
          const role = find('AWS::IAM::Role', (i) => i.configuration.roleName === roleName);
          role.configuration.rolePolicyList.push({ policyName: p.PolicyName, policyDocument: iamDocument(p.PolicyDocument) });
        }
        break;
      case 'AWS::IAM::ManagedPolicy': {
        const policy = byKey.get(`${stack.name}/${logicalId}`);
        for (const roleName of p.Roles ?? []) {
          const role = find('AWS::IAM::Role', (i) => i.configuration.roleName === roleName);
          role.configuration.attachedManagedPolicies.push({
            policyName: policy.resourceName,
            policyArn: policy.configuration.arn,
          });
          policy.relationships.push({
            resourceType: 'AWS::IAM::Role',
            resourceId: role.resourceId,
            resourceName: roleName,
            relationshipName: 'Is attached to Role',
          });
        }
        break;
      }
      case 'AWS::Lambda::Permission': {
        const fn = find(
          'AWS::Lambda::Function',
          (i) => i.configuration.functionArn === p.FunctionName || i.resourceId === p.FunctionName,
        );
        const condition = {
          ...(p.SourceAccount ? { StringEquals: { 'AWS:SourceAccount': p.SourceAccount } } : {}),
          ...(p.SourceArn ? { ArnLike: { 'AWS:SourceArn': p.SourceArn } } : {}),
        };
        const policy = fn.supplementaryConfiguration.Policy
          ? JSON.parse(fn.supplementaryConfiguration.Policy)
          : { Version: '2012-10-17', Id: 'default', Statement: [] };
        policy.Statement.push({
          Sid: `${stack.name}-${logicalId}-${hex(logicalId, 12).toUpperCase()}`,
          Effect: 'Allow',
          Principal: /^\d{12}$|^arn:/.test(p.Principal) ? { AWS: p.Principal } : { Service: p.Principal },
          Action: p.Action,
          Resource: fn.configuration.functionArn,
          ...(Object.keys(condition).length ? { Condition: condition } : {}),
        });
        fn.supplementaryConfiguration.Policy = JSON.stringify(policy);
        break;
      }
      case 'AWS::SecretsManager::RotationSchedule': {
        const secret = find('AWS::SecretsManager::Secret', (i) => i.resourceId === p.SecretId);
        Object.assign(secret.configuration, {
          RotationEnabled: true,
          RotationLambdaARN: p.RotationLambdaARN,
          RotationRules: {
            ...(p.RotationRules?.AutomaticallyAfterDays
              ? { AutomaticallyAfterDays: p.RotationRules.AutomaticallyAfterDays }
              : {}),
            ...(p.RotationRules?.ScheduleExpression ? { RotationScheduleExpression: p.RotationRules.ScheduleExpression } : {}),
          },
        });
        break;
      }
    }
  }
}

// --- the changes made by hand after deployment ---
const byLogical = (stack, prefix, type) =>
  items.find(
    (i) =>
      i.resourceType === type &&
      i.tags['aws:cloudformation:stack-name'] === stack &&
      i.tags['aws:cloudformation:logical-id']?.startsWith(prefix),
  );
const ssh = byLogical('PalisadeService', 'FunctionSecurityGroup', 'AWS::EC2::SecurityGroup');
ssh.configuration.ipPermissions.push(
  permission({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'temporary debugging' }, null),
);
ssh.configurationItemCaptureTime = '2026-11-19T16:42:10.000Z';

// the service's document bucket: the one encrypted with its data key
const data = items.find(
  (i) =>
    i.resourceType === 'AWS::S3::Bucket' &&
    i.tags['aws:cloudformation:stack-name'] === 'PalisadeService' &&
    i.supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm ===
      'aws:kms',
);
data.supplementaryConfiguration.ServerSideEncryptionConfiguration = {
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: false }],
};
delete data.supplementaryConfiguration.PublicAccessBlockConfiguration;
data.configurationItemCaptureTime = '2026-11-19T17:03:55.000Z';

const manual = 'nhs-service-exports-manual';
// created in the console: S3's defaults (SSE-S3, Block Public Access on, versioning off), no tags
const console_ = bucketItem(null, null, manual, {}, '2026-11-18T11:20:31.000Z');
console_.supplementaryConfiguration.PublicAccessBlockConfiguration = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
items.push(console_);

// --- types Config records through the CloudFormation registry (see the header) ---
// Built last so that every item above keeps its configurationStateId.
const REGISTRY = {
  'AWS::EC2::VPCGatewayAttachment'(stack, logicalId, p) {
    const type = p.InternetGatewayId ? 'IGW' : 'VPN';
    return registryItem(stack, logicalId, 'AWS::EC2::VPCGatewayAttachment', `${type}|${p.VpcId}`, {
      AttachmentType: type,
      ...p,
    });
  },
  'AWS::ElasticLoadBalancingV2::TargetGroup'(stack, logicalId, p) {
    const entry = physical.get(`${stack.name}/${logicalId}`);
    const forwardedBy = listenersForwardingTo(entry.arn);
    // what CreateTargetGroup defaults to for a Lambda target group
    const lambdaDefaults =
      p.TargetType === 'lambda'
        ? {
            HealthCheckEnabled: false,
            HealthCheckIntervalSeconds: 35,
            HealthCheckTimeoutSeconds: 30,
            HealthyThresholdCount: 5,
            UnhealthyThresholdCount: 5,
          }
        : {};
    return registryItem(stack, logicalId, 'AWS::ElasticLoadBalancingV2::TargetGroup', entry.id, {
      TargetGroupArn: entry.arn,
      TargetGroupName: entry.name,
      TargetGroupFullName: entry.arn.split(':')[5],
      LoadBalancerArns: [...new Set(forwardedBy.map((l) => l.configuration.LoadBalancerArn))],
      ...lambdaDefaults,
      ...p,
    });
  },
  'AWS::GuardDuty::MalwareProtectionPlan'(stack, logicalId, p) {
    const id = hex(`${stack.name}/${logicalId}/plan`, 20);
    const arn = regional('guardduty', `malware-protection-plan/${id}`);
    return registryItem(
      stack,
      logicalId,
      'AWS::GuardDuty::MalwareProtectionPlan',
      id,
      { MalwareProtectionPlanId: id, Arn: arn, CreatedAt: '2026-11-02T14:05:00.000Z', Status: 'ACTIVE', ...p },
      { arn },
    );
  },
  // Ref of both is the secret's ARN, their primary identifier
  'AWS::SecretsManager::RotationSchedule'(stack, logicalId, p) {
    return registryItem(stack, logicalId, 'AWS::SecretsManager::RotationSchedule', p.SecretId, {
      Id: p.SecretId,
      ...withoutWriteOnly(p, ['RotateImmediatelyOnUpdate', 'HostedRotationLambda']),
    });
  },
  'AWS::SecretsManager::ResourcePolicy'(stack, logicalId, p) {
    return registryItem(stack, logicalId, 'AWS::SecretsManager::ResourcePolicy', p.SecretId, { Id: p.SecretId, ...p });
  },
  'AWS::SecurityHub::Standard'(stack, logicalId, p) {
    // a subscription's ARN names the standard (…::standards/<name>/v/<version>) in the account
    const arn = regional('securityhub', `subscription/${p.StandardsArn.split(':standards/')[1]}`);
    return registryItem(stack, logicalId, 'AWS::SecurityHub::Standard', arn, { StandardsSubscriptionArn: arn, ...p }, { arn });
  },
};

// their registry schemas say they take no tags: no stack tags, no aws:cloudformation:* tags
const UNTAGGED = new Set([
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::SecretsManager::RotationSchedule',
  'AWS::SecretsManager::ResourcePolicy',
  'AWS::SecurityHub::Standard',
]);
function registryItem(stack, logicalId, type, id, configuration, extra = {}) {
  return item(stack, logicalId, type, id, configuration, {
    availabilityZone: 'Regional',
    ...extra,
    ...(UNTAGGED.has(type) ? { cloudFormationTags: false } : {}),
  });
}
const withoutWriteOnly = (p, names) => Object.fromEntries(Object.entries(p).filter(([k]) => !names.includes(k)));
const listenersForwardingTo = (targetGroupArn) =>
  items.filter(
    (i) =>
      i.resourceType === 'AWS::ElasticLoadBalancingV2::Listener' &&
      i.configuration.DefaultActions.some((a) => a.TargetGroupArn === targetGroupArn),
  );

for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const build = REGISTRY[r.Type];
    if (build) add(stack, logicalId, build(stack, logicalId, resolve(r.Properties ?? {}, stack)));
  }
}

const snapshot = { fileVersion: '1.0', configSnapshotId: '5b0c3f9e-7d1a-4c2e-9f64-0a8e2b1c7d35', configurationItems: items };
rmSync(join(OUT, 'AWSLogs'), { recursive: true, force: true });
mkdirSync(join(FILE, '..'), { recursive: true });
writeFileSync(FILE, gzipSync(JSON.stringify(snapshot), { level: 9, mtime: 0 }));
const counts = {};
for (const i of items) counts[i.resourceType] = (counts[i.resourceType] ?? 0) + 1;
process.stdout.write(`wrote ${items.length} items to ${FILE.slice(root.length + 1)}: ${JSON.stringify(counts)}\n`);
process.stdout.write(
  `out-of-band: SSH on ${ssh.resourceId} (${ssh.tags['aws:cloudformation:logical-id']}); encryption and public access block removed on ${data.resourceId}; console bucket ${manual}\n`,
);
