import { FakeItem } from './fake-config';

/** Buckets, security groups and roles spread over accounts and regions; IAM roles live in one region as `global`. */
export function estate(options: { accounts: string[]; regions: string[]; perScope: number }): FakeItem[] {
  const items: FakeItem[] = [];
  for (const accountId of options.accounts) {
    for (const awsRegion of options.regions) {
      for (let n = 0; n < options.perScope; n++) {
        const name = `b-${accountId}-${awsRegion}-${n}`;
        items.push({
          accountId,
          awsRegion,
          resourceType: 'AWS::S3::Bucket',
          resourceId: name,
          resourceName: name,
          arn: `arn:aws:s3:::${name}`,
          configuration: { name, creationDate: '2026-01-01T00:00:00.000Z' },
          supplementaryConfiguration: {
            PublicAccessBlockConfiguration: {
              blockPublicAcls: true,
              ignorePublicAcls: true,
              blockPublicPolicy: true,
              restrictPublicBuckets: true,
            },
            BucketPolicy: { policyText: JSON.stringify({ Version: '2012-10-17', Statement: [] }) },
          },
          tags: { 'aws:cloudformation:stack-name': 'Web', n: String(n) },
        });
        const sg = `sg-${accountId.slice(-4)}${awsRegion.replace(/\W/g, '')}${n}`;
        items.push({
          accountId,
          awsRegion,
          resourceType: 'AWS::EC2::SecurityGroup',
          resourceId: sg,
          arn: `arn:aws:ec2:${awsRegion}:${accountId}:security-group/${sg}`,
          configuration: {
            groupId: sg,
            ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }],
          },
        });
      }
    }
    for (let n = 0; n < options.perScope; n++) {
      items.push({
        accountId,
        awsRegion: options.regions[0],
        resourceType: 'AWS::IAM::Role',
        resourceId: `AROA${accountId}${n}`,
        resourceName: `role-${n}`,
        arn: `arn:aws:iam::${accountId}:role/role-${n}`,
        configuration: {
          roleName: `role-${n}`,
          assumeRolePolicyDocument: encodeURIComponent('{"Version":"2012-10-17","Statement":[]}'),
        },
      });
    }
  }
  return items;
}
