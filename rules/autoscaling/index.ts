import { Rule } from '../../lib/engine/rule';
import { AutoScalingGroupElbHealthCheck } from './AutoScalingGroupElbHealthCheck';
import { AutoScalingGroupLaunchTemplate } from './AutoScalingGroupLaunchTemplate';
import { AutoScalingGroupMultiAz } from './AutoScalingGroupMultiAz';
import { AutoScalingLaunchConfigImdsv2 } from './AutoScalingLaunchConfigImdsv2';
import { AutoScalingLaunchConfigNoPublicIp } from './AutoScalingLaunchConfigNoPublicIp';

export const rules: Rule[] = [
  AutoScalingGroupElbHealthCheck,
  AutoScalingLaunchConfigImdsv2,
  AutoScalingLaunchConfigNoPublicIp,
  AutoScalingGroupMultiAz,
  AutoScalingGroupLaunchTemplate,
];
