import { S3BucketEventNotifications as rule } from '../../../rules/s3/S3BucketEventNotifications';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({ Parameters: PARAMETERS, Resources: { B: { Type: 'AWS::S3::Bucket', Properties: props }, ...extra } });

describe('S3BucketEventNotifications', () => {
  it('passes with a queue notification', () => {
    expect(
      statusOf(
        rule,
        'B',
        bucket({
          NotificationConfiguration: {
            QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: 'arn:aws:sqs:eu-west-2:1:q' }],
          },
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes with EventBridge enabled', () => {
    expect(
      statusOf(rule, 'B', bucket({ NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } } })),
    ).toBe('COMPLIANT');
  });
  it('passes with CDK’s notification custom resource', () => {
    const t = bucket(
      {},
      {
        N: {
          Type: 'Custom::S3BucketNotifications',
          Properties: {
            ServiceToken: 'x',
            BucketName: { Ref: 'B' },
            NotificationConfiguration: {
              LambdaFunctionConfigurations: [],
              QueueConfigurations: [{ Events: ['s3:ObjectCreated:*'] }],
            },
          },
        },
      },
    );
    expect(statusOf(rule, 'B', t)).toBe('COMPLIANT');
  });
  it('passes with GuardDuty Malware Protection on the bucket', () => {
    const t = bucket(
      {},
      {
        Plan: {
          Type: 'AWS::GuardDuty::MalwareProtectionPlan',
          Properties: { Role: 'r', ProtectedResource: { S3Bucket: { BucketName: { Ref: 'B' } } } },
        },
      },
    );
    expect(statusOf(rule, 'B', t)).toBe('COMPLIANT');
  });
  it('fails without notifications', () => expect(statusOf(rule, 'B', bucket({}))).toBe('NON_COMPLIANT'));
  it('needs review when the configuration is a parameter', () =>
    expect(statusOf(rule, 'B', bucket({ NotificationConfiguration: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
