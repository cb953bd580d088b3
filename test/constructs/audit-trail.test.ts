import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AUDIT_WATCHES, AuditTrail } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('AuditTrail with default props', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Audit', { env: ENV });
    new AuditTrail(stack, 'AuditTrail', { alarmEmails: ['security@example.org'] });
    template = Template.fromStack(stack);
  });

  it('is multi-region with global events, log file validation, KMS and CloudWatch Logs', () => {
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      IsLogging: true,
      KMSKeyId: Match.anyValue(),
      CloudWatchLogsLogGroupArn: Match.anyValue(),
      CloudWatchLogsRoleArn: Match.anyValue(),
    });
  });

  it('records all management events and S3 object events outside its own bucket', () => {
    const trail = Object.values(template.findResources('AWS::CloudTrail::Trail'))[0];
    const selectors = trail.Properties.AdvancedEventSelectors;
    expect(selectors[0].FieldSelectors).toEqual([{ Field: 'eventCategory', Equals: ['Management'] }]);
    expect(selectors[1].FieldSelectors).toEqual(
      expect.arrayContaining([
        { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
        expect.objectContaining({ Field: 'resources.ARN', NotStartsWith: expect.anything() }),
      ]),
    );
    expect(trail.Properties.EventSelectors).toBeUndefined();
  });

  it('locks its log files with Object Lock for a year', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 365 } } },
    });
  });

  it('has a metric filter and an alarm for every watched event, each notifying the topic', () => {
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter'));
    expect(filters.map((f) => f.Properties.MetricTransformations[0].MetricName).sort()).toEqual(
      AUDIT_WATCHES.map((w) => w.id).sort(),
    );
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(AUDIT_WATCHES.length);
    for (const a of alarms) expect(a.Properties.AlarmActions).toHaveLength(1);
    expect(AUDIT_WATCHES.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'RootAccountUsage',
        'ConsoleSignInWithoutMfa',
        'UnauthorizedApiCalls',
        'IamPolicyChanges',
        'CloudTrailChanges',
        'ConfigChanges',
        'SecurityGroupChanges',
        'NetworkAclChanges',
        'RouteTableChanges',
        'NetworkGatewayChanges',
      ]),
    );
  });

  it('writes CloudTrail logs through a role whose grant is a managed policy', () => {
    template.resourceCountIs('AWS::IAM::Policy', 0);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] })] },
    });
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('/Audit/AuditTrail', Match.anyValue());
  });
});

describe('AuditTrail props', () => {
  it('warns when S3 data events are off or the lock is short', () => {
    const stack = new Stack(new App(), 'Weak', { env: ENV });
    new AuditTrail(stack, 'T', { s3DataEvents: false, objectLockRetention: Duration.days(30) });
    const a = Annotations.fromStack(stack);
    a.hasWarning('/Weak/T', Match.stringLikeRegexp('s3DataEvents is false'));
    a.hasWarning('/Weak/T', Match.stringLikeRegexp('objectLockRetention is 30 days'));
  });

  it('rejects an alarm email that is not one', () => {
    const stack = new Stack(new App(), 'Bad', { env: ENV });
    expect(() => new AuditTrail(stack, 'T', { alarmEmails: ['security'] })).toThrow(
      /^alarmEmails: 'security' is not allowed; give email addresses/,
    );
  });
});
