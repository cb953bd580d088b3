import { CloudTrailSecurityEventAlarms as rule } from '../../../rules/cloudtrail/CloudTrailSecurityEventAlarms';
import { PARAM, resultOf, statusOf } from '../harness';
import { trailTemplate } from './trail';

const PATTERNS: Record<string, string> = {
  Unauthorized: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  NoMfa: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  Root: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  Iam: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = AttachRolePolicy) || ($.eventName = CreatePolicy) }',
  Trail:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StopLogging) }',
  Config:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel)) }',
  Sg: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupIngress) }',
  Nacl: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) }',
  Route: '{ ($.eventName = CreateRoute) || ($.eventName = ReplaceRoute) || ($.eventName = DeleteRouteTable) }',
  Gateway: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = AttachInternetGateway) }',
  Kms: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
};

function monitored(skip: string[] = [], overrides: Record<string, unknown> = {}) {
  const resources: Record<string, unknown> = {
    Logs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 } },
    Topic: { Type: 'AWS::SNS::Topic' },
  };
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    if (skip.includes(name)) continue;
    resources[`${name}Filter`] = {
      Type: 'AWS::Logs::MetricFilter',
      Properties: {
        LogGroupName: { Ref: 'Logs' },
        FilterPattern: pattern,
        MetricTransformations: [{ MetricNamespace: 'CISBenchmark', MetricName: name, MetricValue: '1' }],
      },
    };
    resources[`${name}Alarm`] = {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        Namespace: 'CISBenchmark',
        MetricName: name,
        Threshold: 1,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: 'Topic' }],
      },
    };
  }
  return trailTemplate({ CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['Logs', 'Arn'] } }, { ...resources, ...overrides });
}

describe('CloudTrailSecurityEventAlarms', () => {
  it('passes when every event class has an alarmed filter', () => expect(statusOf(rule, 'Trail', monitored())).toBe('COMPLIANT'));

  it('fails when classes have no filter, naming them', () => {
    const r = resultOf(rule, 'Trail', monitored(['Root', 'Kms']));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('root user activity');
    expect(r.message).toContain('KMS key disabling');
    expect(r.message).not.toContain('route table');
  });

  it('fails when a filter has no alarm on its metric', () => {
    const t = monitored([], {
      NoMfaAlarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { Namespace: 'CISBenchmark', MetricName: 'Other' } },
    });
    expect(resultOf(rule, 'Trail', t).message).toContain('console sign-in without MFA');
  });

  it('fails when the filters watch another log group', () => {
    const t = monitored([], { Other: { Type: 'AWS::Logs::LogGroup' } });
    const moved = JSON.parse(
      JSON.stringify(t.body).replace(/"LogGroupName":\{"Ref":"Logs"\}/g, '"LogGroupName":{"Ref":"Other"}'),
    );
    expect(statusOf(rule, 'Trail', { ...t, body: moved })).toBe('NON_COMPLIANT');
  });

  it('is not applicable to a trail without CloudWatch Logs delivery', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NOT_APPLICABLE'));

  it('needs review when a missing class may be covered by a filter that cannot be read', () => {
    const t = monitored(['Kms'], {
      KmsFilter: {
        Type: 'AWS::Logs::MetricFilter',
        Properties: { LogGroupName: { Ref: 'Logs' }, FilterPattern: PARAM, MetricTransformations: [] },
      },
    });
    expect(statusOf(rule, 'Trail', t)).toBe('INSUFFICIENT_DATA');
  });
});
