import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AccountBaseline } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('AccountBaseline with default props', () => {
  let template: Template;
  let stack: Stack;
  const sdkCall = (action: string) => {
    const resource = Object.values(template.findResources('Custom::AWS')).find((r) =>
      JSON.stringify(r.Properties.Create).includes(`\\"action\\":\\"${action}\\"`),
    );
    expect(resource).toBeDefined();
    return JSON.parse(
      resource!.Properties.Create['Fn::Join']
        ? resource!.Properties.Create['Fn::Join'][1].map((p: unknown) => (typeof p === 'string' ? p : 'x')).join('')
        : resource!.Properties.Create,
    );
  };
  beforeAll(() => {
    stack = new Stack(testApp(), 'Baseline', { env: ENV });
    new AccountBaseline(stack, 'Baseline');
    template = Template.fromStack(stack);
  });

  it('records every resource type, global ones included, into a KMS-encrypted, locked bucket', () => {
    template.hasResourceProperties('AWS::Config::ConfigurationRecorder', {
      RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true },
    });
    template.hasResourceProperties('AWS::Config::DeliveryChannel', { S3KmsKeyArn: Match.anyValue() });
    template.hasResourceProperties('AWS::S3::Bucket', { ObjectLockEnabled: true, BucketEncryption: Match.objectLike({}) });
  });

  it('turns on Security Hub with the foundational standard and routes high and critical findings', () => {
    template.hasResourceProperties('AWS::SecurityHub::Hub', {
      EnableDefaultStandards: false,
      ControlFindingGenerator: 'SECURITY_CONTROL',
    });
    template.hasResourceProperties('AWS::SecurityHub::Standard', {
      StandardsArn: {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':securityhub:eu-west-2::standards/aws-foundational-security-best-practices/v/1.0.0',
          ],
        ],
      },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.securityhub'], detail: { findings: { Severity: { Label: ['CRITICAL', 'HIGH'] } } } },
    });
  });

  it('turns on IAM Access Analyzer for the account', () => {
    template.hasResourceProperties('AWS::AccessAnalyzer::Analyzer', { Type: 'ACCOUNT' });
  });

  it('sets EBS encryption by default, the account S3 public access block and a Cyber Essentials password policy', () => {
    expect(sdkCall('EnableEbsEncryptionByDefault').service).toBe('EC2');
    const pab = sdkCall('PutPublicAccessBlock');
    expect(pab.parameters.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const password = sdkCall('UpdateAccountPasswordPolicy').parameters;
    expect(password.MinimumPasswordLength).toBeGreaterThanOrEqual(12);
    expect(password).toMatchObject({ PasswordReusePrevention: 24, AllowUsersToChangePassword: true, HardExpiry: false });
    expect(password.MaxPasswordAge).toBeUndefined();
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('/Baseline/Baseline', Match.anyValue());
  });
});

describe('AccountBaseline props', () => {
  it('warns for every part turned off and for short passwords', () => {
    const stack = new Stack(new App(), 'Weak', { env: ENV });
    new AccountBaseline(stack, 'B', {
      configRecorder: false,
      securityHub: false,
      accessAnalyzer: false,
      ebsEncryptionByDefault: false,
      s3AccountPublicAccessBlock: false,
      passwordPolicy: { minimumPasswordLength: 8 },
    });
    const a = Annotations.fromStack(stack);
    for (const text of [
      'configRecorder is false',
      'securityHub is false',
      'accessAnalyzer is false',
      'ebsEncryptionByDefault is false',
      's3AccountPublicAccessBlock is false',
      'minimumPasswordLength is 8',
    ]) {
      a.hasWarning('/Weak/B', Match.stringLikeRegexp(text));
    }
  });

  it.each<[string, object, RegExp]>([
    [
      'a 200-character minimum',
      { passwordPolicy: { minimumPasswordLength: 200 } },
      /^passwordPolicy.minimumPasswordLength: 200 is not allowed; use 6 to 128 characters/,
    ],
    [
      'reuse prevention of 30',
      { passwordPolicy: { passwordReusePrevention: 30 } },
      /^passwordPolicy.passwordReusePrevention: 30 is not allowed; use 0 to 24 passwords/,
    ],
    [
      'a standard given as a full ARN',
      { securityHubStandards: ['arn:aws:securityhub:::standards/x'] },
      /^securityHubStandards: 'arn:aws:securityhub:::standards\/x' is not allowed/,
    ],
  ])('rejects %s', (_, props, message) => {
    const stack = new Stack(new App(), 'Bad', { env: ENV });
    expect(() => new AccountBaseline(stack, 'B', props)).toThrow(message);
  });
});
