import { NetworkFirewallAlertsAlarmed as rule } from '../../../rules/logs/NetworkFirewallAlertsAlarmed';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const destination = (type: string, target: Record<string, unknown>, logType = 'ALERT') => ({
  LogType: logType,
  LogDestinationType: type,
  LogDestination: target,
});
const firewall = (destinations: unknown, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Firewall: {
        Type: 'AWS::NetworkFirewall::Firewall',
        Properties: {
          FirewallName: 'edge',
          FirewallPolicyArn: 'arn:aws:network-firewall:eu-west-2:1:firewall-policy/p',
          VpcId: 'vpc-1',
          SubnetMappings: [],
        },
      },
      Logging: {
        Type: 'AWS::NetworkFirewall::LoggingConfiguration',
        Properties: { FirewallArn: { Ref: 'Firewall' }, LoggingConfiguration: { LogDestinationConfigs: destinations } },
      },
      Alerts: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 365 } },
      ...extra,
    } as never,
  });
const alarmed = {
  AlertFilter: {
    Type: 'AWS::Logs::MetricFilter',
    Properties: {
      LogGroupName: { Ref: 'Alerts' },
      FilterPattern: '{ $.event.event_type = "alert" }',
      MetricTransformations: [{ MetricNamespace: 'Firewall', MetricName: 'Alerts', MetricValue: '1' }],
    },
  },
  AlertAlarm: {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      Namespace: 'Firewall',
      MetricName: 'Alerts',
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: ['arn:aws:sns:eu-west-2:1:soc'],
    },
  },
};

describe('NetworkFirewallAlertsAlarmed', () => {
  it('passes when alert logs feed an alarmed metric filter', () => {
    expect(statusOf(rule, 'Firewall', firewall([destination('CloudWatchLogs', { logGroup: { Ref: 'Alerts' } })], alarmed))).toBe(
      'COMPLIANT',
    );
  });
  it('fails when no logging configuration exists', () => expect(statusOf(rule, 'Firewall', firewall([]))).toBe('NON_COMPLIANT'));
  it('fails when only flow logs are delivered', () => {
    expect(
      statusOf(rule, 'Firewall', firewall([destination('CloudWatchLogs', { logGroup: { Ref: 'Alerts' } }, 'FLOW')], alarmed)),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when alert logs reach CloudWatch but nothing alarms on them', () => {
    expect(statusOf(rule, 'Firewall', firewall([destination('CloudWatchLogs', { logGroup: { Ref: 'Alerts' } })]))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails when alert logs only go to S3', () =>
    expect(statusOf(rule, 'Firewall', firewall([destination('S3', { bucketName: 'fw-logs' })]))).toBe('NON_COMPLIANT'));
  it('needs review when alert logs go to Firehose', () => {
    expect(statusOf(rule, 'Firewall', firewall([destination('KinesisDataFirehose', { deliveryStream: 'siem' })]))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
  it('needs review when the destinations are a parameter', () =>
    expect(statusOf(rule, 'Firewall', firewall(PARAM))).toBe('INSUFFICIENT_DATA'));
});
