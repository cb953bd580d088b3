import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { IO } from '../../lib/cli/io';

/**
 * A small estate for drift tests: two stacks as templates (Web: a security
 * group, a subnet, an ECR repository and a bucket; Audit: a multi-region trail)
 * and the AWS Config items of what runs, in the snapshot file shape.
 */
export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-2';

export const WEB_TEMPLATE = {
  Resources: {
    WebSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'web',
        VpcId: 'vpc-0aaa',
        SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'https' }],
      },
    },
    // how CDK writes a rule from another group: a standalone resource, named by its logical id
    WebSgFromLb: {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        GroupId: { 'Fn::GetAtt': ['WebSg', 'GroupId'] },
        IpProtocol: 'tcp',
        FromPort: 8080,
        ToPort: 8080,
        CidrIp: '10.0.0.0/16',
        Description: 'lb',
      },
    },
    AppSubnet: {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: 'vpc-0aaa', CidrBlock: '10.0.1.0/24', MapPublicIpOnLaunch: false },
    },
    Images: { Type: 'AWS::ECR::Repository', Properties: { RepositoryName: 'web-images' } },
    Logs: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'web-logs-111122223333' } },
  },
};

export const AUDIT_TEMPLATE = {
  Resources: {
    Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, IsMultiRegionTrail: true, S3BucketName: 'audit' } },
  },
};

export type RawItem = Record<string, unknown>;

/** A configuration item as a snapshot file holds it. */
export function item(
  resourceType: string,
  resourceId: string,
  configuration: Record<string, unknown>,
  extra: {
    tags?: Record<string, string>;
    region?: string;
    arn?: string;
    name?: string;
    supplementary?: Record<string, unknown>;
  } = {},
): RawItem {
  const region = extra.region ?? REGION;
  return {
    configurationItemStatus: 'OK',
    resourceType,
    resourceId,
    resourceName: extra.name,
    ARN: extra.arn ?? `arn:aws:test:${region}:${ACCOUNT}:${resourceType.split('::')[2].toLowerCase()}/${resourceId}`,
    awsAccountId: ACCOUNT,
    awsRegion: region,
    configuration,
    supplementaryConfiguration: extra.supplementary ?? {},
    tags: extra.tags ?? {},
  };
}

export const cfn = (stack: string, logicalId: string) => ({
  'aws:cloudformation:stack-name': stack,
  'aws:cloudformation:logical-id': logicalId,
  'aws:cloudformation:stack-id': `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${stack}/0d1e2f`,
});

/** Ingress as EC2 reports it: the template's two rules, in another order and grouping. */
export function webSgItem(extraIngress: RawItem[] = []): RawItem {
  return item(
    'AWS::EC2::SecurityGroup',
    'sg-0web',
    {
      groupId: 'sg-0web',
      groupName: 'Web-WebSg-1ABC',
      vpcId: 'vpc-0aaa',
      ipPermissions: [
        { ipProtocol: 'tcp', fromPort: 8080, toPort: 8080, ipv4Ranges: [{ cidrIp: '10.0.0.0/16', description: 'lb' }] },
        { ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [{ cidrIp: '0.0.0.0/0', description: 'https' }] },
        ...extraIngress,
      ],
    },
    { tags: cfn('Web', 'WebSg') },
  );
}

/** What runs when nothing has drifted, plus what AWS creates in every account. */
export function deployedAsApproved(): RawItem[] {
  return [
    webSgItem(),
    item(
      'AWS::EC2::Subnet',
      'subnet-0app',
      { subnetId: 'subnet-0app', vpcId: 'vpc-0aaa', mapPublicIpOnLaunch: false },
      { tags: cfn('Web', 'AppSubnet') },
    ),
    item(
      'AWS::ECR::Repository',
      'web-images',
      { RepositoryName: 'web-images', ImageTagMutability: 'MUTABLE' },
      { name: 'web-images', tags: cfn('Web', 'Images') },
    ),
    item(
      'AWS::S3::Bucket',
      'web-logs-111122223333',
      { name: 'web-logs-111122223333' },
      { name: 'web-logs-111122223333', arn: 'arn:aws:s3:::web-logs-111122223333', tags: cfn('Web', 'Logs') },
    ),
    ...trailInRegions(['eu-west-2', 'eu-west-1', 'us-east-1'], cfn('Audit', 'Trail')),
    ...awsDefaults(),
  ];
}

/** A multi-region trail: Config records it in every region, under the ARN of its home region. */
export function trailInRegions(regions: string[], tags: Record<string, string>, name = 'audit-trail'): RawItem[] {
  const arn = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`;
  return regions.map((region) =>
    item('AWS::CloudTrail::Trail', name, { name, isMultiRegionTrail: true, homeRegion: REGION }, { region, arn, name, tags }),
  );
}

/** The default VPC and its parts, the default parts of a stack's VPC, an AWS-managed key, a service-linked role, CDK bootstrap. */
export function awsDefaults(): RawItem[] {
  return [
    item('AWS::EC2::VPC', 'vpc-0def', { vpcId: 'vpc-0def', isDefault: true }),
    item('AWS::EC2::Subnet', 'subnet-0def', {
      subnetId: 'subnet-0def',
      vpcId: 'vpc-0def',
      defaultForAz: true,
      mapPublicIpOnLaunch: true,
    }),
    item('AWS::EC2::SecurityGroup', 'sg-0def', {
      groupId: 'sg-0def',
      groupName: 'default',
      vpcId: 'vpc-0def',
      ipPermissions: [],
    }),
    item('AWS::EC2::SecurityGroup', 'sg-0aaadef', {
      groupId: 'sg-0aaadef',
      groupName: 'default',
      vpcId: 'vpc-0aaa',
      ipPermissions: [],
    }),
    item('AWS::EC2::NetworkAcl', 'acl-0def', { networkAclId: 'acl-0def', vpcId: 'vpc-0def', isDefault: true, entries: [] }),
    item('AWS::EC2::RouteTable', 'rtb-0def', { routeTableId: 'rtb-0def', vpcId: 'vpc-0def', associations: [{ main: true }] }),
    item('AWS::EC2::InternetGateway', 'igw-0def', {
      internetGatewayId: 'igw-0def',
      attachments: [{ vpcId: 'vpc-0def', state: 'available' }],
    }),
    item('AWS::KMS::Key', 'aws-managed-s3', { keyId: 'aws-managed-s3', keyManager: 'AWS' }),
    item(
      'AWS::IAM::Role',
      'AROASLR',
      { roleName: 'AWSServiceRoleForConfig', path: '/aws-service-role/' },
      {
        region: 'global',
        arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      },
    ),
    item(
      'AWS::S3::Bucket',
      `cdk-hnb659fds-assets-${ACCOUNT}-${REGION}`,
      { name: 'cdk' },
      {
        name: `cdk-hnb659fds-assets-${ACCOUNT}-${REGION}`,
        arn: `arn:aws:s3:::cdk-hnb659fds-assets-${ACCOUNT}-${REGION}`,
        tags: { 'aws:cloudformation:stack-name': 'CDKToolkit', 'aws:cloudformation:logical-id': 'StagingBucket' },
      },
    ),
  ];
}

/** A working directory holding the templates, a snapshot of `items`, and whatever else a test writes. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'palisade-drift-'));
  constructor(items: RawItem[], templates: Record<string, unknown> = { Web: WEB_TEMPLATE, Audit: AUDIT_TEMPLATE }) {
    for (const [stack, body] of Object.entries(templates)) this.write(`templates/${stack}.json`, JSON.stringify(body));
    this.write('snapshot.json', JSON.stringify({ fileVersion: '1.0', configurationItems: items }));
  }
  write(name: string, text: string): string {
    const path = join(this.dir, name);
    require('fs').mkdirSync(require('path').dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** An IO that keeps what the command writes, with a fixed clock. */
export function memoryIO(cwd: string, now = '2026-06-01T12:00:00Z'): IO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    interactive: false,
    cwd,
    now: () => new Date(now),
  };
  return io;
}
