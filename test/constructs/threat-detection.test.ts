import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { InternetFirstNetwork, ThreatDetection } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('ThreatDetection watching a network', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Detect', { env: ENV });
    const network = new InternetFirstNetwork(stack, 'Network');
    new ThreatDetection(stack, 'ThreatDetection', {
      network,
      emails: ['soc@example.org'],
      httpsEndpoints: ['https://siem.example.org/ingest'],
    });
    template = Template.fromStack(stack);
  });

  it('turns on GuardDuty with its protection features', () => {
    template.hasResourceProperties('AWS::GuardDuty::Detector', {
      Enable: true,
      Features: Match.arrayWith([
        Match.objectLike({ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }),
        Match.objectLike({ Name: 'EBS_MALWARE_PROTECTION', Status: 'ENABLED' }),
        Match.objectLike({ Name: 'RDS_LOGIN_EVENTS', Status: 'ENABLED' }),
        Match.objectLike({
          Name: 'RUNTIME_MONITORING',
          Status: 'ENABLED',
          AdditionalConfiguration: Match.arrayWith([{ Name: 'ECS_FARGATE_AGENT_MANAGEMENT', Status: 'ENABLED' }]),
        }),
      ]),
    });
  });

  it('routes findings of severity 4 (medium) and above to a KMS-encrypted, TLS-only topic', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.guardduty'],
        'detail-type': ['GuardDuty Finding'],
        detail: { severity: [{ numeric: ['>=', 4] }] },
      },
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('ThreatDetectionTopic') } })],
    });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          // EventBridge rules of other accounts cannot publish into the alert channel.
          Match.objectLike({
            Effect: 'Deny',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { StringNotEqualsIfExists: { 'aws:SourceAccount': ENV.account } },
          }),
        ]),
      },
    });
  });

  it('alarms on firewall alerts and rejected flows, notifying the topic', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: '{ $.event.event_type = "alert" }' });
    template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: Match.stringLikeRegexp('action="REJECT"') });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(2);
    for (const a of alarms)
      expect(a.Properties.AlarmActions).toEqual(
        [{ Ref: Match.stringLikeRegexp('ThreatDetectionTopic') }].map(() =>
          expect.objectContaining({ Ref: expect.stringMatching(/ThreatDetectionTopic/) }),
        ),
      );
  });

  it('subscribes email and HTTPS endpoints', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'soc@example.org' });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'https', Endpoint: 'https://siem.example.org/ingest' });
  });
});

describe('ThreatDetection props', () => {
  it('warns when medium findings are dropped or features left out', () => {
    const stack = new Stack(new App(), 'Weak', { env: ENV });
    new ThreatDetection(stack, 'T', { minimumSeverity: 7, guardDutyFeatures: ['S3_DATA_EVENTS'] });
    const a = Annotations.fromStack(stack);
    a.hasWarning('/Weak/T', Match.stringLikeRegexp('minimumSeverity is 7'));
    a.hasWarning('/Weak/T', Match.stringLikeRegexp('guardDutyFeatures leaves out'));
  });

  it.each<[string, object, RegExp]>([
    [
      'a plain-HTTP endpoint',
      { httpsEndpoints: ['http://siem.example.org'] },
      /^httpsEndpoints: 'http:\/\/siem.example.org' is not allowed; use https:\/\/ URLs/,
    ],
    ['severity 9', { minimumSeverity: 9 }, /^minimumSeverity: 9 is not allowed; use a GuardDuty severity from 1.0 to 8.9/],
    ['an unknown feature', { guardDutyFeatures: ['MAGIC'] }, /^guardDutyFeatures: 'MAGIC' is not allowed/],
    ['an address that is not one', { emails: ['soc'] }, /^emails: 'soc' is not allowed; give email addresses/],
  ])('rejects %s', (_, props, message) => {
    const stack = new Stack(new App(), 'Bad', { env: ENV });
    expect(() => new ThreatDetection(stack, 'T', props)).toThrow(message);
  });
});
