import { AutoScalingGroupElbHealthCheck } from '../../../rules/autoscaling/AutoScalingGroupElbHealthCheck';
import { AutoScalingGroupLaunchTemplate } from '../../../rules/autoscaling/AutoScalingGroupLaunchTemplate';
import { AutoScalingGroupMultiAz } from '../../../rules/autoscaling/AutoScalingGroupMultiAz';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const asg = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Asg: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '2', ...props } },
      ...extra,
    } as never,
  });
const subnet = (az: unknown) => ({
  Type: 'AWS::EC2::Subnet',
  Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', AvailabilityZone: az },
});

describe('AutoScalingGroupElbHealthCheck', () => {
  const rule = AutoScalingGroupElbHealthCheck;
  const tg = ['arn:aws:elasticloadbalancing:eu-west-2:111122223333:targetgroup/t/1'];
  it('passes ELB health checks', () =>
    expect(statusOf(rule, 'Asg', asg({ TargetGroupARNs: tg, HealthCheckType: 'ELB' }))).toBe('COMPLIANT'));
  it('fails when a target group is attached and only EC2 checks run', () =>
    expect(statusOf(rule, 'Asg', asg({ TargetGroupARNs: tg }))).toBe('NON_COMPLIANT'));
  it('is not applicable without a load balancer', () =>
    expect(statusOf(rule, 'Asg', asg({ LoadBalancerNames: [] }))).toBe('NOT_APPLICABLE'));
  it('needs review when the health check type is a parameter', () =>
    expect(statusOf(rule, 'Asg', asg({ LoadBalancerNames: ['elb'], HealthCheckType: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('AutoScalingGroupMultiAz', () => {
  const rule = AutoScalingGroupMultiAz;
  it('passes subnets in two zones', () => {
    expect(
      statusOf(
        rule,
        'Asg',
        asg({ VPCZoneIdentifier: [{ Ref: 'A' }, { Ref: 'B' }] }, { A: subnet('eu-west-2a'), B: subnet('eu-west-2b') }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes every zone of the region', () =>
    expect(statusOf(rule, 'Asg', asg({ AvailabilityZones: { 'Fn::GetAZs': '' } }))).toBe('COMPLIANT'));
  it('fails when one zone is named', () =>
    expect(statusOf(rule, 'Asg', asg({ AvailabilityZones: ['eu-west-2a'] }))).toBe('NON_COMPLIANT'));
  it('needs review when subnets are a parameter', () =>
    expect(statusOf(rule, 'Asg', asg({ VPCZoneIdentifier: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('AutoScalingGroupLaunchTemplate', () => {
  const rule = AutoScalingGroupLaunchTemplate;
  it('passes a launch template', () =>
    expect(statusOf(rule, 'Asg', asg({ LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' } }))).toBe('COMPLIANT'));
  it('fails a launch configuration', () =>
    expect(statusOf(rule, 'Asg', asg({ LaunchConfigurationName: 'lc' }))).toBe('NON_COMPLIANT'));
  it('fails by cases when the launch source may be absent', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { C: { 'Fn::Equals': [PARAM, 'x'] } },
      Resources: {
        Asg: {
          Type: 'AWS::AutoScaling::AutoScalingGroup',
          Properties: {
            LaunchTemplate: { 'Fn::If': ['C', { LaunchTemplateId: 'lt-1', Version: '1' }, { Ref: 'AWS::NoValue' }] },
          },
        },
      },
    });
    expect(statusOf(rule, 'Asg', t)).toBe('NON_COMPLIANT');
  });
});
