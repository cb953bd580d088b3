import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asBoolean, asString, field, listOf, recorded } from '../../lib/engine/facts';
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
  configItem: {
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    facts(lt) {
      const nics = listOf(recorded(lt.configuration, 'LaunchTemplateData.NetworkInterfaces'));
      if (isUnknown(nics)) return { requested: nics };
      const requested: Array<Maybe<boolean>> = nics.map((n) => asBoolean(field(n, 'AssociatePublicIpAddress')));
      const unrecorded = unrecordedLatestVersion(lt);
      return { requested: unrecorded ? [...requested, unrecorded] : requested };
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

/**
 * The item records the data of one version: the default, the one
 * EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED evaluates. When a later version exists,
 * what it asks for (and what launches from `$Latest` get) is not recorded.
 */
function unrecordedLatestVersion(lt: ConfigItem): Unknown | undefined {
  const defaultVersion = asString(recorded(lt.configuration, 'DefaultVersionNumber'));
  const latestVersion = asString(recorded(lt.configuration, 'LatestVersionNumber'));
  if (typeof defaultVersion !== 'string' || typeof latestVersion !== 'string')
    return new Unknown('the configuration item does not record which version its launch template data describes');
  if (defaultVersion === latestVersion) return undefined;
  return new Unknown(
    `the configuration item records the data of the default version (${defaultVersion}) only, not of the latest (${latestVersion})`,
  );
}
