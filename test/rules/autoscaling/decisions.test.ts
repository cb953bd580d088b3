import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { AutoScalingGroupElbHealthCheck } from '../../../rules/autoscaling/AutoScalingGroupElbHealthCheck';
import { AutoScalingGroupLaunchTemplate } from '../../../rules/autoscaling/AutoScalingGroupLaunchTemplate';
import { AutoScalingGroupMultiAz } from '../../../rules/autoscaling/AutoScalingGroupMultiAz';
import { AutoScalingLaunchConfigImdsv2 } from '../../../rules/autoscaling/AutoScalingLaunchConfigImdsv2';
import { AutoScalingLaunchConfigNoPublicIp } from '../../../rules/autoscaling/AutoScalingLaunchConfigNoPublicIp';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['elb checks', AutoScalingGroupElbHealthCheck, { loadBalancers: 1, healthCheckType: 'EC2,ELB' }, 'COMPLIANT'],
    ['ec2 checks only', AutoScalingGroupElbHealthCheck, { loadBalancers: 1, healthCheckType: undefined }, 'NON_COMPLIANT'],
    ['no load balancer', AutoScalingGroupElbHealthCheck, { loadBalancers: 0, healthCheckType: open }, 'NOT_APPLICABLE'],
    ['check type open', AutoScalingGroupElbHealthCheck, { loadBalancers: 1, healthCheckType: open }, 'INSUFFICIENT_DATA'],
    ['attachments open', AutoScalingGroupElbHealthCheck, { loadBalancers: open, healthCheckType: 'ELB' }, 'INSUFFICIENT_DATA'],
    [
      'launch template',
      AutoScalingGroupLaunchTemplate,
      { launchTemplate: true, mixedInstancesTemplate: false, launchConfiguration: open },
      'COMPLIANT',
    ],
    [
      'launch configuration',
      AutoScalingGroupLaunchTemplate,
      { launchTemplate: false, mixedInstancesTemplate: false, launchConfiguration: true },
      'NON_COMPLIANT',
    ],
    [
      'template open',
      AutoScalingGroupLaunchTemplate,
      { launchTemplate: open, mixedInstancesTemplate: false, launchConfiguration: false },
      'INSUFFICIENT_DATA',
    ],
    ['two zones', AutoScalingGroupMultiAz, { zones: ['a', 'b'] }, 'COMPLIANT'],
    ['every zone', AutoScalingGroupMultiAz, { zones: 'all' }, 'COMPLIANT'],
    ['one zone', AutoScalingGroupMultiAz, { zones: ['a'] }, 'NON_COMPLIANT'],
    ['one zone and an open one', AutoScalingGroupMultiAz, { zones: ['a', open] }, 'INSUFFICIENT_DATA'],
    ['subnets open', AutoScalingGroupMultiAz, { zones: open }, 'INSUFFICIENT_DATA'],
    ['imdsv2 required', AutoScalingLaunchConfigImdsv2, { httpTokens: 'required', httpEndpoint: open }, 'COMPLIANT'],
    ['metadata disabled', AutoScalingLaunchConfigImdsv2, { httpTokens: open, httpEndpoint: 'disabled' }, 'COMPLIANT'],
    ['imdsv1 allowed', AutoScalingLaunchConfigImdsv2, { httpTokens: undefined, httpEndpoint: undefined }, 'NON_COMPLIANT'],
    ['tokens open', AutoScalingLaunchConfigImdsv2, { httpTokens: open, httpEndpoint: undefined }, 'INSUFFICIENT_DATA'],
    ['no public ip', AutoScalingLaunchConfigNoPublicIp, { associatePublicIp: false }, 'COMPLIANT'],
    ['public ip', AutoScalingLaunchConfigNoPublicIp, { associatePublicIp: true }, 'NON_COMPLIANT'],
    ['public ip by subnet default', AutoScalingLaunchConfigNoPublicIp, { associatePublicIp: undefined }, 'NON_COMPLIANT'],
    ['public ip open', AutoScalingLaunchConfigNoPublicIp, { associatePublicIp: open }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
