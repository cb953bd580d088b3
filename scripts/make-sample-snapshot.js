#!/usr/bin/env node
// Writes examples/snapshot/: an AWS Config snapshot (gzipped, in Config's S3 layout) of the
// reference environment as deployed, with three changes made by hand after deployment:
//   1. SSH (tcp 22) from 0.0.0.0/0 opened on the service function's security group;
//   2. the service data bucket's SSE-KMS default encryption deleted (S3 falls back to SSE-S3)
//      and its public access block removed;
//   3. a bucket created in the console: no CloudFormation tags, S3's defaults only.
//
// Items are built from the synthesized templates (`npm run build` first) with configuration
// shapes modelled on the real items in ../shared/corpus/config-items/ (the snapshot shape:
// configurationItemVersion, awsAccountId, ARN, configuration as an object). Covered types:
// AWS::EC2::VPC, AWS::EC2::Subnet, AWS::EC2::SecurityGroup (inline rules and standalone
// ingress/egress resources), AWS::Lambda::Function, AWS::S3::Bucket (policy, encryption,
// versioning, logging, public access block), AWS::KMS::Key. The reference environment
// deploys no EC2 instances or EBS volumes, so there are none. Physical ids are derived
// from logical ids, so the output is the same on every run.
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
const physical = new Map();
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const suffix = hex(`${stack.name}/${logicalId}`, 13);
    const p = r.Properties ?? {};
    const id = {
      'AWS::EC2::VPC': `vpc-0${suffix.slice(0, 16)}`,
      'AWS::EC2::Subnet': `subnet-0${suffix.slice(0, 16)}`,
      'AWS::EC2::SecurityGroup': `sg-0${suffix.slice(0, 16)}`,
      'AWS::S3::Bucket':
        typeof p.BucketName === 'string'
          ? p.BucketName
          : lower(`${stack.name}-${logicalId}`).slice(0, 48) + `-${suffix.slice(0, 12)}`,
      'AWS::Lambda::Function': `${stack.name}-${logicalId}`.slice(0, 50) + `-${suffix.slice(0, 12)}`,
      'AWS::KMS::Key': `${hex(suffix, 8)}-${hex(suffix + 1, 4)}-4${hex(suffix + 2, 3)}-a${hex(suffix + 3, 3)}-${hex(suffix + 4, 12)}`,
      'AWS::IAM::Role': `${stack.name}-${logicalId}`.slice(0, 50) + `-${suffix.slice(0, 12).toUpperCase()}`,
    }[r.Type];
    if (id) physical.set(`${stack.name}/${logicalId}`, { type: r.Type, id });
  }
}

const arnOf = (type, id) =>
  ({
    'AWS::S3::Bucket': `arn:aws:s3:::${id}`,
    'AWS::KMS::Key': `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`,
    'AWS::Lambda::Function': `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${id}`,
    'AWS::IAM::Role': `arn:aws:iam::${ACCOUNT}:role/${id}`,
    'AWS::EC2::SecurityGroup': `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/${id}`,
    'AWS::EC2::Subnet': `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${id}`,
    'AWS::EC2::VPC': `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/${id}`,
  })[type];

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
  if (key === 'Ref') return pseudo[arg] ?? physical.get(`${stack.name}/${arg}`)?.id ?? `${arg}-ref`;
  if (key === 'Fn::GetAtt') {
    const target = physical.get(`${stack.name}/${arg[0]}`);
    if (arg[1] === 'Endpoint.Port') return 5432;
    if (!target) return `${arg[0]}.${arg[1]}`;
    return /Arn$/.test(arg[1]) ? arnOf(target.type, target.id) : target.id;
  }
  if (key === 'Fn::Join') return resolve(arg[1], stack).join(arg[0]);
  if (key === 'Fn::Sub' && typeof arg === 'string')
    return arg.replace(/\$\{([^}]+)\}/g, (_, name) => resolve({ Ref: name }, stack));
  if (key === 'Fn::Select') return resolve(arg[1], stack)[arg[0]];
  if (key === 'Fn::ImportValue') {
    // the exports these stacks import name the network stack's VPC and subnets
    const name = JSON.stringify(resolve(arg, stack));
    const match = [...physical.entries()].find(([k]) => k.startsWith('PalisadeNetwork/') && name.includes(k.split('/')[1]));
    return match ? match[1].id : 'imported';
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, stack)]));
}

// --- configuration items ---
let n = 0;
function item(stack, logicalId, type, id, configuration, extra = {}) {
  const tags = stack
    ? {
        ...stack.tags,
        ...Object.fromEntries((resolve(stack.resources[logicalId].Properties?.Tags, stack) ?? []).map((t) => [t.Key, t.Value])),
        'aws:cloudformation:stack-name': stack.name,
        'aws:cloudformation:logical-id': logicalId,
        'aws:cloudformation:stack-id': stack.id,
      }
    : (extra.tags ?? {});
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
    resourceName: extra.name ?? id,
    ARN: arnOf(type, id),
    awsRegion: REGION,
    availabilityZone: extra.availabilityZone ?? 'Not Applicable',
    resourceCreationTime: '2026-11-02T14:05:00.000Z',
  };
}

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

const items = [];
const groups = new Map();
const buckets = new Map();
for (const stack of stacks) {
  for (const [logicalId, r] of Object.entries(stack.resources)) {
    const p = resolve(r.Properties ?? {}, stack);
    const id = physical.get(`${stack.name}/${logicalId}`)?.id;
    switch (r.Type) {
      case 'AWS::EC2::VPC':
        items.push(
          item(stack, logicalId, r.Type, id, {
            vpcId: id,
            cidrBlock: p.CidrBlock,
            state: 'available',
            isDefault: false,
            instanceTenancy: 'default',
            tags: [],
          }),
        );
        break;
      case 'AWS::EC2::Subnet':
        items.push(
          item(
            stack,
            logicalId,
            r.Type,
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
            {
              availabilityZone: p.AvailabilityZone,
              relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: p.VpcId, relationshipName: 'Is contained in Vpc' }],
            },
          ),
        );
        break;
      case 'AWS::EC2::SecurityGroup': {
        const g = item(
          stack,
          logicalId,
          r.Type,
          id,
          {
            ownerId: ACCOUNT,
            groupName: `${stack.name}-${logicalId}-${id.slice(-8).toUpperCase()}`,
            groupId: id,
            description: p.GroupDescription,
            ipPermissions: (r.Properties.SecurityGroupIngress ?? []).map((x) => permission(x, stack)),
            ipPermissionsEgress: (r.Properties.SecurityGroupEgress ?? []).map((x) => permission(x, stack)),
            vpcId: p.VpcId,
            tags: [],
          },
          { relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: p.VpcId, relationshipName: 'Is contained in Vpc' }] },
        );
        groups.set(id, g);
        items.push(g);
        break;
      }
      case 'AWS::Lambda::Function': {
        const role = typeof p.Role === 'string' ? p.Role : `arn:aws:iam::${ACCOUNT}:role/unknown`;
        items.push(
          item(
            stack,
            logicalId,
            r.Type,
            id,
            {
              functionName: id,
              functionArn: arnOf(r.Type, id),
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
            p.ReservedConcurrentExecutions === undefined
              ? {}
              : { supplementary: { Concurrency: { reservedConcurrentExecutions: p.ReservedConcurrentExecutions } } },
          ),
        );
        break;
      }
      case 'AWS::KMS::Key':
        items.push(
          item(
            stack,
            logicalId,
            r.Type,
            id,
            {
              keyId: id,
              arn: arnOf(r.Type, id),
              enabled: true,
              description: p.Description ?? '',
              keyUsage: 'ENCRYPT_DECRYPT',
              keyState: 'Enabled',
              origin: 'AWS_KMS',
              keyManager: 'CUSTOMER',
              keySpec: 'SYMMETRIC_DEFAULT',
              encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
              multiRegion: false,
            },
            { supplementary: { KeyRotationStatus: p.EnableKeyRotation === true } },
          ),
        );
        break;
      case 'AWS::S3::Bucket': {
        const sse = p.BucketEncryption?.ServerSideEncryptionConfiguration?.[0];
        const b = item(
          stack,
          logicalId,
          r.Type,
          id,
          { name: id, owner: { id: hex('owner', 64) }, creationDate: '2026-11-02T14:05:00.000Z' },
          {
            availabilityZone: 'Regional',
            supplementary: {
              BucketVersioningConfiguration: { status: p.VersioningConfiguration?.Status ?? 'Off', isMfaDeleteEnabled: null },
              BucketLoggingConfiguration: {
                destinationBucketName: p.LoggingConfiguration?.DestinationBucketName ?? null,
                logFilePrefix: p.LoggingConfiguration?.LogFilePrefix ?? null,
              },
              BucketPolicy: { policyText: null },
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
        buckets.set(`${stack.name}/${logicalId}`, b);
        items.push(b);
        break;
      }
    }
  }
  // what CloudFormation applied after creating the groups and buckets
  for (const [, r] of Object.entries(stack.resources)) {
    const p = resolve(r.Properties ?? {}, stack);
    if (r.Type === 'AWS::EC2::SecurityGroupIngress' || r.Type === 'AWS::EC2::SecurityGroupEgress') {
      const g = groups.get(p.GroupId);
      if (g)
        g.configuration[r.Type.endsWith('Ingress') ? 'ipPermissions' : 'ipPermissionsEgress'].push(
          permission(r.Properties, stack),
        );
    }
    if (r.Type === 'AWS::S3::BucketPolicy') {
      const target = [...buckets.values()].find((b) => b.resourceId === p.Bucket);
      if (target) target.supplementaryConfiguration.BucketPolicy = { policyText: JSON.stringify(p.PolicyDocument) };
    }
  }
}

// --- the changes made by hand after deployment ---
const byLogical = (stack, prefix, type) =>
  items.find(
    (i) =>
      i.resourceType === type &&
      i.tags['aws:cloudformation:stack-name'] === stack &&
      i.tags['aws:cloudformation:logical-id'].startsWith(prefix),
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
items.push(
  item(
    null,
    null,
    'AWS::S3::Bucket',
    manual,
    { name: manual, owner: { id: hex('owner', 64) }, creationDate: '2026-11-18T11:20:31.000Z' },
    {
      availabilityZone: 'Regional',
      supplementary: {
        BucketVersioningConfiguration: { status: 'Off', isMfaDeleteEnabled: null },
        BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
        BucketPolicy: { policyText: null },
        ServerSideEncryptionConfiguration: {
          rules: [
            { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: false },
          ],
        },
        PublicAccessBlockConfiguration: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        IsRequesterPaysEnabled: false,
      },
    },
  ),
);

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
