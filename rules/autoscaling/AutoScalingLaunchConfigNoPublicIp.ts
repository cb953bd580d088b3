import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly associatePublicIp: Maybe<boolean>;
}

export const AutoScalingLaunchConfigNoPublicIp = defineRule<Facts>({
  id: 'AutoScalingLaunchConfigNoPublicIp',
  title: 'Launch configurations do not give instances public IP addresses',
  description:
    'Instances with public addresses are reachable from the internet around the boundary firewall; workloads belong in private subnets behind a load balancer.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED',
  remediation: 'Set AssociatePublicIpAddress: false (CDK: associatePublicIpAddress: false) and launch into private subnets.',
  template: {
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    facts: (lc) => ({ associatePublicIp: asBoolean(lc.get('AssociatePublicIpAddress')) }),
  },
  // Left out by the service when it was not set, as in a template.
  configItem: {
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    facts: (lc) => ({ associatePublicIp: asBoolean(lc.configuration.associatePublicIpAddress) }),
  },
  evaluate({ associatePublicIp }) {
    const v = associatePublicIp;
    if (isUnknown(v)) return needsReview(`AssociatePublicIpAddress is not known: ${v.reason}`);
    if (v === false) return pass('public IP addresses are disabled');
    // Unset leaves it to the subnet's MapPublicIpOnLaunch, which the launch configuration does not control.
    return fail(
      v === true
        ? 'AssociatePublicIpAddress is true'
        : 'AssociatePublicIpAddress is not set, so instances in a public subnet get a public IP',
    );
  },
});
