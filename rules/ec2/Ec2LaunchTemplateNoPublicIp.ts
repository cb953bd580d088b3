import { Maybe, asBoolean, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** AssociatePublicIpAddress of each network interface in the launch template data. */
  readonly requested: Array<Maybe<boolean>> | Unknown;
}

export const Ec2LaunchTemplateNoPublicIp = defineRule<Facts>({
  id: 'Ec2LaunchTemplateNoPublicIp',
  title: 'Launch templates do not assign public IP addresses',
  description:
    'Every instance an Auto Scaling group or fleet starts from a template that associates public IPs is reachable from the internet past the intended edge.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED',
  remediation:
    'Remove AssociatePublicIpAddress: true from LaunchTemplateData.NetworkInterfaces (CDK: associatePublicIpAddress: false) and use private subnets.',
  template: {
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    facts(lt) {
      const nics = listOf(lt.get('LaunchTemplateData.NetworkInterfaces'));
      return { requested: isUnknown(nics) ? nics : nics.map((n) => asBoolean(field(n, 'AssociatePublicIpAddress'))) };
    },
  },
  evaluate({ requested }) {
    if (isUnknown(requested)) return needsReview(`network interfaces are not known: ${requested.reason}`);
    let undecided: Unknown | undefined;
    for (const value of requested) {
      if (isUnknown(value)) undecided ??= value;
      else if (value) return fail('a network interface associates a public IP address');
    }
    if (undecided) return needsReview(`whether a network interface associates a public IP is not known: ${undecided.reason}`);
    return pass('the launch template assigns no public IP');
  },
});
