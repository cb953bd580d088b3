import { Status } from '../../../lib/engine/model';
import { AutoScalingGroupElbHealthCheck } from '../../../rules/autoscaling/AutoScalingGroupElbHealthCheck';
import { AutoScalingGroupLaunchTemplate } from '../../../rules/autoscaling/AutoScalingGroupLaunchTemplate';
import { AutoScalingGroupMultiAz } from '../../../rules/autoscaling/AutoScalingGroupMultiAz';
import { AutoScalingLaunchConfigImdsv2 } from '../../../rules/autoscaling/AutoScalingLaunchConfigImdsv2';
import { AutoScalingLaunchConfigNoPublicIp } from '../../../rules/autoscaling/AutoScalingLaunchConfigNoPublicIp';
import { corpusItems } from '../corpus-items';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const GROUP = { elb: AutoScalingGroupElbHealthCheck, template: AutoScalingGroupLaunchTemplate, multiAz: AutoScalingGroupMultiAz };
type Expected = Record<keyof typeof GROUP, Status>;
const TG = 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:targetgroup/t/1';

describe('Auto Scaling groups: a template and a configuration item agree', () => {
  const scenarios: [string, Record<string, unknown>, Record<string, unknown>, Expected][] = [
    [
      'a launch-template group behind a target group with ELB checks in two zones',
      {
        LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' },
        TargetGroupARNs: [TG],
        HealthCheckType: 'ELB',
        AvailabilityZones: ['eu-west-2a', 'eu-west-2b'],
      },
      {
        launchTemplate: { launchTemplateId: 'lt-1', version: '1' },
        targetGroupARNs: [TG],
        loadBalancerNames: [],
        healthCheckType: 'ELB',
        availabilityZones: ['eu-west-2a', 'eu-west-2b'],
      },
      { elb: 'COMPLIANT', template: 'COMPLIANT', multiAz: 'COMPLIANT' },
    ],
    [
      'a launch-configuration group behind a target group with EC2 checks in one zone',
      { LaunchConfigurationName: 'lc', TargetGroupARNs: [TG], HealthCheckType: 'EC2', AvailabilityZones: ['eu-west-2a'] },
      {
        launchConfigurationName: 'lc',
        targetGroupARNs: [TG],
        loadBalancerNames: [],
        healthCheckType: 'EC2',
        availabilityZones: ['eu-west-2a'],
      },
      { elb: 'NON_COMPLIANT', template: 'NON_COMPLIANT', multiAz: 'NON_COMPLIANT' },
    ],
  ];
  describe.each(scenarios)('%s', (_, properties, configuration, expected) => {
    const t = template({
      G: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '2', ...properties } },
    });
    const item = configItem('AWS::AutoScaling::AutoScalingGroup', { autoScalingGroupName: 'g', ...configuration });
    it.each(Object.entries(GROUP))('%s', (key, rule) => {
      const status = expected[key as keyof Expected];
      expect([statusOf(rule, 'G', t), statusOfItem(rule, item)]).toEqual([status, status]);
    });
  });

  it('needs review when the item lacks what the service always reports', () => {
    const item = configItem('AWS::AutoScaling::AutoScalingGroup', { autoScalingGroupName: 'g' });
    for (const rule of [AutoScalingGroupElbHealthCheck, AutoScalingGroupMultiAz])
      expect([rule.id, statusOfItem(rule, item)]).toEqual([rule.id, 'INSUFFICIENT_DATA']);
  });

  it('reads the real RDK group: one zone, launch configuration, no load balancer', () => {
    const [{ item }] = corpusItems('AWS::AutoScaling::AutoScalingGroup');
    expect(statusOfItem(AutoScalingGroupMultiAz, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(AutoScalingGroupLaunchTemplate, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(AutoScalingGroupElbHealthCheck, item)).toBe(
      statusOf(
        AutoScalingGroupElbHealthCheck,
        'G',
        template({
          G: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '1', HealthCheckType: 'EC2' } },
        }),
      ),
    );
  });
});

describe('Auto Scaling launch configurations: a template and a configuration item agree', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Status, Status]>([
    [
      'IMDSv2 required, no public IP',
      { MetadataOptions: { HttpTokens: 'required' }, AssociatePublicIpAddress: false },
      { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' }, associatePublicIpAddress: false },
      'COMPLIANT',
      'COMPLIANT',
    ],
    [
      'IMDSv1 allowed, public IP',
      { MetadataOptions: { HttpTokens: 'optional' }, AssociatePublicIpAddress: true },
      { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' }, associatePublicIpAddress: true },
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ],
    ['neither set (the subnet decides the public IP)', {}, {}, 'NON_COMPLIANT', 'NON_COMPLIANT'],
  ])('%s', (_, properties, configuration, imds, publicIp) => {
    const t = template({
      L: {
        Type: 'AWS::AutoScaling::LaunchConfiguration',
        Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties },
      },
    });
    const item = configItem('AWS::AutoScaling::LaunchConfiguration', { launchConfigurationName: 'lc', ...configuration });
    expect([statusOf(AutoScalingLaunchConfigImdsv2, 'L', t), statusOfItem(AutoScalingLaunchConfigImdsv2, item)]).toEqual([
      imds,
      imds,
    ]);
    expect([statusOf(AutoScalingLaunchConfigNoPublicIp, 'L', t), statusOfItem(AutoScalingLaunchConfigNoPublicIp, item)]).toEqual([
      publicIp,
      publicIp,
    ]);
  });

  it('reads the real RDK launch configuration (no metadata options: IMDSv1 allowed)', () => {
    const [{ item }] = corpusItems('AWS::AutoScaling::LaunchConfiguration');
    expect(statusOfItem(AutoScalingLaunchConfigImdsv2, item)).toBe('NON_COMPLIANT');
  });
});
