import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { DataKey, EncryptedBucket } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('EncryptedBucket with default props', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Buckets', { env: ENV });
    new EncryptedBucket(stack, 'Documents');
    template = Template.fromStack(stack);
  });

  it('encrypts with its own customer-managed key and a bucket key', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
          },
        ],
      },
    });
    template.resourceCountIs('AWS::KMS::Key', 1);
  });

  it('blocks public access, disables ACLs, keeps versions and logs access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'Buckets/Documents/' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } })]),
      },
    });
  });

  it('denies requests without TLS, and below TLS 1.2', () => {
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    const denies = policies.flatMap((p) => p.Properties.PolicyDocument.Statement).filter((s) => s.Effect === 'Deny');
    expect(denies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]),
    );
  });

  it('scans new objects with GuardDuty Malware Protection', () => {
    template.hasResourceProperties('AWS::GuardDuty::MalwareProtectionPlan', {
      ProtectedResource: { S3Bucket: { BucketName: { Ref: Match.stringLikeRegexp('Documents') } } },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
  });

  it('gives the access-log bucket SSE-S3 and no Object Lock, as S3 log delivery requires', () => {
    const buckets = Object.entries(template.findResources('AWS::S3::Bucket'));
    const logs = buckets.find(([id]) => id.includes('AccessLogs'))![1];
    expect(logs.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe(
      'AES256',
    );
    expect(logs.Properties.ObjectLockEnabled).toBeUndefined();
    expect(logs.DeletionPolicy).toBe('Retain');
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });
});

describe('EncryptedBucket props', () => {
  it('warns for each weakened default', () => {
    const stack = new Stack(new App(), 'Weak', { env: ENV });
    new EncryptedBucket(stack, 'B', {
      enforceTls: false,
      versioned: false,
      accessLogging: false,
      malwareProtection: false,
      encryption: s3.BucketEncryption.S3_MANAGED,
    });
    const a = Annotations.fromStack(stack);
    for (const text of [
      'enforceTls is false',
      'versioned is false',
      'accessLogging is false',
      'malwareProtection is false',
      'SSE-S3',
    ]) {
      a.hasWarning('/Weak/B', Match.stringLikeRegexp(text));
    }
  });

  it('lets an acknowledgement silence a warning it names', () => {
    const stack = new Stack(new App(), 'Acked', { env: ENV });
    const b = new EncryptedBucket(stack, 'B', { encryption: s3.BucketEncryption.S3_MANAGED });
    Validations.of(b).acknowledge({ id: '@palisade/encrypted-bucket:not-kms', reason: 'test of the acknowledgement path' });
    Annotations.fromStack(stack).hasNoWarning('/Acked/B', Match.stringLikeRegexp('SSE-S3'));
  });

  it('takes a shared key and an existing log bucket', () => {
    const stack = new Stack(new App(), 'Shared', { env: ENV });
    const key = new DataKey(stack, 'Key');
    const logs = new s3.Bucket(stack, 'Logs');
    const b = new EncryptedBucket(stack, 'B', { encryptionKey: key, serverAccessLogsBucket: logs });
    expect(b.encryptionKey).toBe(key);
    expect(b.accessLogsBucket).toBe(logs);
    Template.fromStack(stack).resourceCountIs('AWS::KMS::Key', 1);
  });

  it.each<[string, object, RegExp]>([
    [
      'a key with SSE-S3',
      { encryption: s3.BucketEncryption.S3_MANAGED, encryptionKey: 'key' },
      /^encryptionKey: '.*' is not allowed; a key is used only with encryption BucketEncryption.KMS/,
    ],
    [
      'an unsupported encryption',
      { encryption: s3.BucketEncryption.DSSE_MANAGED },
      /^encryption: 'DSSE_MANAGED' is not allowed; use BucketEncryption.KMS or BucketEncryption.S3_MANAGED/,
    ],
    [
      'malware scanning of a service-written bucket',
      { writtenOnlyBy: 'AWS Config', malwareProtection: true },
      /^malwareProtection: true is not allowed/,
    ],
  ])('rejects %s', (_, props, message) => {
    const stack = new Stack(new App(), 'Bad', { env: ENV });
    const resolved = { ...props, ...('encryptionKey' in props ? { encryptionKey: new DataKey(stack, 'K') } : {}) };
    expect(() => new EncryptedBucket(stack, 'B', resolved)).toThrow(message);
  });
});
