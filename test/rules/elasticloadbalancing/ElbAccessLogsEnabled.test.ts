import { ElbAccessLogsEnabled as rule } from '../../../rules/elasticloadbalancing/ElbAccessLogsEnabled';
import { PARAM, statusOf } from '../harness';
import { alb, attrs, classic } from './lb-fixture';

describe('ElbAccessLogsEnabled', () => {
  it('passes an ALB with access logs', () => {
    expect(
      statusOf(
        rule,
        'Lb',
        alb({ LoadBalancerAttributes: attrs({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'logs' }) }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes a classic load balancer with access logs', () => {
    expect(statusOf(rule, 'Elb', classic({ Listeners: [], AccessLoggingPolicy: { Enabled: true, S3BucketName: 'logs' } }))).toBe(
      'COMPLIANT',
    );
  });
  it('is not applicable to a network load balancer', () =>
    expect(statusOf(rule, 'Lb', alb({ Type: 'network' }))).toBe('NOT_APPLICABLE'));
  it('fails an ALB without access logs', () => expect(statusOf(rule, 'Lb', alb({}))).toBe('NON_COMPLIANT'));
  it('fails a classic load balancer with logging disabled', () => {
    expect(statusOf(rule, 'Elb', classic({ AccessLoggingPolicy: { Enabled: false } }))).toBe('NON_COMPLIANT');
  });
  it('needs review when enabled is a parameter', () => {
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ 'access_logs.s3.enabled': PARAM }) }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
