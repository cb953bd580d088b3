import { Rule, decide } from '../../../lib/engine/rule';
import { S3BucketDefaultEncryptionKms } from '../../../rules/s3/S3BucketDefaultEncryptionKms';
import { S3BucketEventNotifications } from '../../../rules/s3/S3BucketEventNotifications';
import { S3BucketLevelPublicAccessBlocked } from '../../../rules/s3/S3BucketLevelPublicAccessBlocked';
import { S3BucketLifecyclePolicy } from '../../../rules/s3/S3BucketLifecyclePolicy';
import { S3BucketLoggingEnabled } from '../../../rules/s3/S3BucketLoggingEnabled';
import { S3BucketPolicyNoPublicAccess } from '../../../rules/s3/S3BucketPolicyNoPublicAccess';
import { S3BucketPublicReadProhibited } from '../../../rules/s3/S3BucketPublicReadProhibited';
import { S3BucketPublicWriteProhibited } from '../../../rules/s3/S3BucketPublicWriteProhibited';
import { S3BucketReplicationApprovedRegions } from '../../../rules/s3/S3BucketReplicationApprovedRegions';
import { S3BucketServerSideEncryptionEnabled } from '../../../rules/s3/S3BucketServerSideEncryptionEnabled';
import { S3BucketSslRequestsOnly } from '../../../rules/s3/S3BucketSslRequestsOnly';
import { S3BucketVersioningEnabled } from '../../../rules/s3/S3BucketVersioningEnabled';
import { corpusItem } from '../corpus-item';
import { PARAM, PARAMETERS, configItem, itemScope, statusOf, statusOfItem, template } from '../harness';

/** One bucket as a template writes it and as AWS Config records it (settings in the supplementary configuration). */
interface Bucket {
  algorithm?: string;
  blockAll?: boolean;
  versioning?: 'Enabled' | 'Suspended';
  logsTo?: string;
  lifecycle?: 'Enabled' | 'Disabled';
  cannedAcl?: 'PublicRead' | 'PublicReadWrite';
  policy?: Record<string, unknown>[];
  queue?: string;
}

const TLS_DENY = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: 'arn:aws:s3:::data/*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const PUBLIC_GET_PUT = {
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['s3:GetObject', 's3:PutObject'],
  Resource: 'arn:aws:s3:::data/*',
};
const ORG_ONLY = { ...PUBLIC_GET_PUT, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } };

const flags = (on: boolean) => ({ blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on });
const upper = (o: Record<string, boolean>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v]));

function asTemplate(b: Bucket) {
  return template({
    Data: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketName: 'data',
        BucketEncryption: b.algorithm && {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: b.algorithm } }],
        },
        PublicAccessBlockConfiguration: b.blockAll === undefined ? undefined : upper(flags(b.blockAll)),
        VersioningConfiguration: b.versioning && { Status: b.versioning },
        LoggingConfiguration: b.logsTo && { DestinationBucketName: b.logsTo },
        LifecycleConfiguration: b.lifecycle && { Rules: [{ Status: b.lifecycle, ExpirationInDays: 365 }] },
        AccessControl: b.cannedAcl,
        NotificationConfiguration: b.queue && { QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: b.queue }] },
      },
    },
    ...(b.policy && {
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: { Ref: 'Data' }, PolicyDocument: { Version: '2012-10-17', Statement: b.policy } },
      },
    }),
  });
}

const OWNER = { id: 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15', displayName: null };

function asItem(b: Bucket) {
  const grantList: unknown[] = [{ grantee: OWNER, permission: 'FullControl' }];
  if (b.cannedAcl) grantList.push({ grantee: 'AllUsers', permission: 'Read' });
  if (b.cannedAcl === 'PublicReadWrite') grantList.push({ grantee: 'AllUsers', permission: 'Write' });
  return configItem(
    'AWS::S3::Bucket',
    { name: 'data', owner: OWNER, creationDate: '2024-01-01T00:00:00.000Z' },
    {
      resourceId: 'data',
      resourceName: 'data',
      supplementaryConfiguration: {
        AccessControlList: { grantSet: null, grantList, owner: OWNER, isRequesterCharged: false },
        BucketLoggingConfiguration: { destinationBucketName: b.logsTo ?? null, logFilePrefix: null },
        BucketNotificationConfiguration: {
          configurations: b.queue
            ? { q1: { type: 'QueueConfiguration', queueARN: b.queue, events: ['s3:ObjectCreated:*'] } }
            : {},
        },
        BucketPolicy: { policyText: b.policy ? { Version: '2012-10-17', Statement: b.policy } : null },
        BucketVersioningConfiguration: { status: b.versioning ?? 'Off', isMfaDeleteEnabled: null },
        IsRequesterPaysEnabled: false,
        ...(b.algorithm && {
          ServerSideEncryptionConfiguration: {
            rules: [
              {
                applyServerSideEncryptionByDefault: { sseAlgorithm: b.algorithm, kmsMasterKeyID: null },
                bucketKeyEnabled: false,
              },
            ],
          },
        }),
        ...(b.blockAll !== undefined && { PublicAccessBlockConfiguration: flags(b.blockAll) }),
        ...(b.lifecycle && {
          BucketLifecycleConfiguration: { rules: [{ id: 'r1', status: b.lifecycle, expirationInDays: 365 }] },
        }),
      },
    },
  );
}

const BUCKET_RULES: Rule[] = [
  S3BucketServerSideEncryptionEnabled,
  S3BucketDefaultEncryptionKms,
  S3BucketLevelPublicAccessBlocked,
  S3BucketVersioningEnabled,
  S3BucketLoggingEnabled,
  S3BucketLifecyclePolicy,
  S3BucketSslRequestsOnly,
  S3BucketPublicReadProhibited,
  S3BucketPublicWriteProhibited,
];

const SCENARIOS: Array<[string, Bucket]> = [
  [
    'a locked-down bucket',
    {
      algorithm: 'aws:kms',
      blockAll: true,
      versioning: 'Enabled',
      logsTo: 'logs',
      lifecycle: 'Enabled',
      policy: [TLS_DENY, ORG_ONLY],
      queue: 'arn:aws:sqs:eu-west-2:111122223333:scan',
    },
  ],
  [
    'a bucket open to the world',
    { algorithm: 'AES256', blockAll: false, versioning: 'Suspended', cannedAcl: 'PublicReadWrite', policy: [PUBLIC_GET_PUT] },
  ],
  ['a public-read ACL that Block Public Access neutralises', { blockAll: true, cannedAcl: 'PublicRead', lifecycle: 'Disabled' }],
  ['an open policy that Block Public Access neutralises', { blockAll: true, policy: [PUBLIC_GET_PUT, TLS_DENY] }],
];

describe('S3 bucket rules: templates and configuration items agree', () => {
  describe.each(SCENARIOS)('%s', (_name, bucket) => {
    it.each(BUCKET_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
      expect(statusOfItem(rule, asItem(bucket))).toBe(statusOf(rule, 'Data', asTemplate(bucket)));
    });
  });

  it('gives the expected verdicts on the open bucket from either source', () => {
    const open = SCENARIOS[1][1];
    for (const rule of BUCKET_RULES) {
      const expected = rule === S3BucketServerSideEncryptionEnabled ? 'COMPLIANT' : 'NON_COMPLIANT';
      expect([rule.id, statusOf(rule, 'Data', asTemplate(open)), statusOfItem(rule, asItem(open))]).toEqual([
        rule.id,
        expected,
        expected,
      ]);
    }
  });

  it('judges the bucket policy alike on the policy resource and on the bucket item', () => {
    for (const [statements, expected] of [
      [[PUBLIC_GET_PUT], 'NON_COMPLIANT'],
      [[ORG_ONLY, TLS_DENY], 'COMPLIANT'],
    ] as const) {
      const b = { policy: [...statements] };
      expect([
        statusOf(S3BucketPolicyNoPublicAccess, 'Policy', asTemplate(b)),
        statusOfItem(S3BucketPolicyNoPublicAccess, asItem(b)),
      ]).toEqual([expected, expected]);
    }
    expect(statusOfItem(S3BucketPolicyNoPublicAccess, asItem({}))).toBe('NOT_APPLICABLE');
  });

  it('reads Block Public Access left out of the item as off, where a template without it gets S3’s default (on)', () => {
    expect(statusOfItem(S3BucketLevelPublicAccessBlocked, asItem({}))).toBe('NON_COMPLIANT');
    expect(statusOf(S3BucketLevelPublicAccessBlocked, 'Data', asTemplate({}))).toBe('COMPLIANT');
  });

  it('sees event notifications in either source, but cannot rule out Malware Protection from an item', () => {
    const queue = { queue: 'arn:aws:sqs:eu-west-2:111122223333:scan' };
    expect([
      statusOf(S3BucketEventNotifications, 'Data', asTemplate(queue)),
      statusOfItem(S3BucketEventNotifications, asItem(queue)),
    ]).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(statusOf(S3BucketEventNotifications, 'Data', asTemplate({}))).toBe('NON_COMPLIANT');
    // Config records no GuardDuty Malware Protection plans, so a bucket without notifications may still be scanned.
    expect(statusOfItem(S3BucketEventNotifications, asItem({}))).toBe('INSUFFICIENT_DATA');
  });

  it('reads a public grant to AuthenticatedUsers and a grantee written as a group URI', () => {
    const item = asItem({ blockAll: false });
    const acl = item.supplementaryConfiguration.AccessControlList as { grantList: unknown[] };
    const withGrant = (grantee: unknown, permission: string) =>
      configItem('AWS::S3::Bucket', item.configuration as Record<string, unknown>, {
        supplementaryConfiguration: {
          ...item.supplementaryConfiguration,
          AccessControlList: { ...acl, grantList: [...acl.grantList, { grantee, permission }] },
        },
      });
    expect(statusOfItem(S3BucketPublicReadProhibited, withGrant('AuthenticatedUsers', 'Read'))).toBe('NON_COMPLIANT');
    expect(statusOfItem(S3BucketPublicWriteProhibited, withGrant('AuthenticatedUsers', 'Read'))).toBe('COMPLIANT');
    expect(
      statusOfItem(
        S3BucketPublicWriteProhibited,
        withGrant({ uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }, 'WriteAcp'),
      ),
    ).toBe('NON_COMPLIANT');
  });

  it('a value the template leaves open is undecided as an item without supplementary configuration is', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        Data: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: PARAM } }] },
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: PARAM,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
            VersioningConfiguration: { Status: PARAM },
            LifecycleConfiguration: { Rules: [{ Status: PARAM }] },
          },
        },
      },
    });
    const bare = configItem('AWS::S3::Bucket', { name: 'data' });
    for (const rule of [
      S3BucketServerSideEncryptionEnabled,
      S3BucketDefaultEncryptionKms,
      S3BucketVersioningEnabled,
      S3BucketLifecyclePolicy,
    ]) {
      expect([rule.id, statusOf(rule, 'Data', t), statusOfItem(rule, bare)]).toEqual([
        rule.id,
        'INSUFFICIENT_DATA',
        'INSUFFICIENT_DATA',
      ]);
    }
    expect(statusOfItem(S3BucketLevelPublicAccessBlocked, bare)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(S3BucketSslRequestsOnly, bare)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(S3BucketPublicReadProhibited, bare)).toBe('INSUFFICIENT_DATA');
  });

  it('sees a world-open source IP in any spelling as no narrowing', () => {
    for (const cidr of ['0.0.0.0/0', '::/0', '::0/0', '0000::/0']) {
      const policy = [{ ...PUBLIC_GET_PUT, Condition: { IpAddress: { 'aws:SourceIp': cidr } } }];
      expect([cidr, statusOfItem(S3BucketPolicyNoPublicAccess, asItem({ policy }))]).toEqual([cidr, 'NON_COMPLIANT']);
      expect([cidr, statusOf(S3BucketPolicyNoPublicAccess, 'Policy', asTemplate({ policy }))]).toEqual([cidr, 'NON_COMPLIANT']);
    }
    const office = [{ ...PUBLIC_GET_PUT, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }];
    expect(statusOfItem(S3BucketPolicyNoPublicAccess, asItem({ policy: office }))).toBe('COMPLIANT');
  });
});

describe('S3 replication regions from configuration items', () => {
  const replicating = (destination: string) =>
    configItem(
      'AWS::S3::Bucket',
      { name: 'data' },
      {
        resourceId: 'data',
        supplementaryConfiguration: {
          BucketPolicy: { policyText: null },
          BucketReplicationConfiguration: {
            roleARN: 'arn:aws:iam::111122223333:role/replication',
            rules: { r1: { prefix: '', status: 'Enabled', destinationConfig: { bucketARN: `arn:aws:s3:::${destination}` } } },
          },
        },
      },
    );
  const recorded = (name: string, region: string) =>
    configItem('AWS::S3::Bucket', { name }, { resourceId: name, resourceName: name, awsRegion: region });

  it('passes a destination recorded in London', () =>
    expect(statusOfItem(S3BucketReplicationApprovedRegions, replicating('copy'), [recorded('copy', 'eu-west-2')])).toBe(
      'COMPLIANT',
    ));
  it('fails a destination recorded elsewhere', () =>
    expect(statusOfItem(S3BucketReplicationApprovedRegions, replicating('copy'), [recorded('copy', 'us-east-1')])).toBe(
      'NON_COMPLIANT',
    ));
  it('is undecided when the destination is not recorded here', () =>
    expect(statusOfItem(S3BucketReplicationApprovedRegions, replicating('elsewhere'))).toBe('INSUFFICIENT_DATA'));
  it('does not apply to a bucket that does not replicate', () =>
    expect(
      statusOfItem(
        S3BucketReplicationApprovedRegions,
        configItem('AWS::S3::Bucket', {}, { supplementaryConfiguration: { BucketPolicy: { policyText: null } } }),
      ),
    ).toBe('NOT_APPLICABLE'));
  it('matches a template whose destination is declared in another stack in London', () => {
    const source = template(
      {
        Data: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            ReplicationConfiguration: {
              Role: 'arn:aws:iam::111122223333:role/replication',
              Rules: [{ Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::copy' } }],
            },
          },
        },
      },
      { region: 'eu-west-2', account: '111122223333' },
    );
    const destination = template(
      { Copy: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'copy' } } },
      { stack: 'Copy', region: 'eu-west-2', account: '111122223333' },
    );
    expect(statusOf(S3BucketReplicationApprovedRegions, 'Data', source, destination)).toBe('COMPLIANT');
  });
});

describe('S3 rules on real configuration items', () => {
  it('the RDK example bucket: TLS-only policy, versioned, no logging, no lifecycle, no Block Public Access', () => {
    const item = corpusItem('AWS_S3_Bucket/rdk-example.json');
    const got = Object.fromEntries(
      [...BUCKET_RULES, S3BucketPolicyNoPublicAccess, S3BucketReplicationApprovedRegions, S3BucketEventNotifications].map((r) => [
        r.id,
        statusOfItem(r, item),
      ]),
    );
    expect(got).toEqual({
      S3BucketServerSideEncryptionEnabled: 'COMPLIANT',
      S3BucketDefaultEncryptionKms: 'NON_COMPLIANT',
      S3BucketLevelPublicAccessBlocked: 'NON_COMPLIANT',
      S3BucketVersioningEnabled: 'COMPLIANT',
      S3BucketLoggingEnabled: 'NON_COMPLIANT',
      S3BucketLifecyclePolicy: 'NON_COMPLIANT',
      S3BucketSslRequestsOnly: 'COMPLIANT',
      S3BucketPublicReadProhibited: 'COMPLIANT',
      S3BucketPublicWriteProhibited: 'COMPLIANT',
      S3BucketPolicyNoPublicAccess: 'COMPLIANT',
      S3BucketReplicationApprovedRegions: 'NOT_APPLICABLE',
      S3BucketEventNotifications: 'INSUFFICIENT_DATA',
    });
  });

  it('the c7n replicated bucket: AllUsers read through a twice-encoded ACL, notifications, an enabled lifecycle rule', () => {
    const item = corpusItem('AWS_S3_Bucket/c7n-config-s3-rep-and-notify.json');
    expect(statusOfItem(S3BucketPublicReadProhibited, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(S3BucketPublicWriteProhibited, item)).toBe('COMPLIANT');
    expect(statusOfItem(S3BucketEventNotifications, item)).toBe('COMPLIANT');
    expect(statusOfItem(S3BucketLifecyclePolicy, item)).toBe('COMPLIANT');
    expect(statusOfItem(S3BucketVersioningEnabled, item)).toBe('COMPLIANT');
    expect(statusOfItem(S3BucketSslRequestsOnly, item)).toBe('NON_COMPLIANT');
    // The destination bucket is in another account and not recorded here.
    expect(statusOfItem(S3BucketReplicationApprovedRegions, item)).toBe('INSUFFICIENT_DATA');
  });

  it.each([
    'c7n-config-s3.json',
    'c7n-config-s3-lifecycle-and-predicate.json',
    'c7n-config-s3-lifecycle-null-predicate.json',
    'c7n-config-s3-website.json',
    'c7n-config-s3-from-rule.json',
    'c7n-config-s3-website-redirect.json',
  ])('decides every bucket rule on %s, whose supplementary configuration is complete', (file) => {
    const item = corpusItem(`AWS_S3_Bucket/${file}`);
    for (const rule of BUCKET_RULES) {
      const verdict = decide(rule, () => rule.adapters.configItem!.facts(item, itemScope([item])));
      expect([rule.id, verdict.status === 'INSUFFICIENT_DATA' ? verdict.message : 'decided']).toEqual([rule.id, 'decided']);
    }
  });
});
