import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { DataKey } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('DataKey', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Keys', { env: ENV });
    const key = new DataKey(stack, 'Key', { alias: 'alias/service-data' });
    key.allowCloudWatchLogs().allowCloudTrail().allowServicePrincipal('events.amazonaws.com');
    key.allowCloudWatchLogs(); // idempotent
    template = Template.fromStack(stack);
  });

  it('rotates yearly and is retained', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: { EnableKeyRotation: true, RotationPeriodInDays: 365, PendingWindowInDays: 30 },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/service-data' });
  });

  it('splits the key policy by purpose instead of granting kms:*', () => {
    const policy = Object.values(template.findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy;
    const sids = policy.Statement.map((s: { Sid: string }) => s.Sid);
    expect(sids).toEqual([
      'KeyAdministrationThroughIam',
      'KeyUseThroughIam',
      'GrantsOnlyForAwsResources',
      'CloudWatchLogsOfThisAccount',
      'CloudTrailOfThisAccount',
      'CloudTrailDescribeKey',
      'Serviceevents',
    ]);
    for (const s of policy.Statement) expect(s.Action).not.toContain('kms:*');
    expect(policy.Statement[2].Condition).toEqual({ Bool: { 'kms:GrantIsForAWSResource': 'true' } });
  });

  it('confines service principals to this account or encryption context', () => {
    const policy = Object.values(template.findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy;
    const bySid = Object.fromEntries(policy.Statement.map((s: { Sid: string }) => [s.Sid, s]));
    expect(bySid.CloudWatchLogsOfThisAccount.Condition.ArnLike).toHaveProperty(['kms:EncryptionContext:aws:logs:arn']);
    expect(bySid.CloudTrailOfThisAccount.Condition.StringLike).toHaveProperty(['kms:EncryptionContext:aws:cloudtrail:arn']);
    expect(bySid.Serviceevents.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ENV.account } });
  });

  it('warns when rotation is off or the key is not retained', () => {
    const s = new Stack(new App(), 'Weak', { env: ENV });
    new DataKey(s, 'Key', { enableKeyRotation: false, removalPolicy: RemovalPolicy.DESTROY });
    const a = Annotations.fromStack(s);
    a.hasWarning('/Weak/Key', Match.stringLikeRegexp('key rotation is disabled'));
    a.hasWarning('/Weak/Key', Match.stringLikeRegexp('removalPolicy is destroy'));
  });

  it('rejects a rotation period outside 90 to 2560 days', () => {
    const s = new Stack(new App(), 'Bad', { env: ENV });
    expect(() => new DataKey(s, 'Key', { rotationPeriod: Duration.days(30) })).toThrow(
      /^rotationPeriod: 30 days is not allowed; use 90 to 2560 days/,
    );
  });
});
