import { Maybe, asBoolean, field, isSet, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** For each network interface: whether it asks for (template) or has (deployed) a public IP address. */
  readonly requested: Array<Maybe<boolean>> | Unknown;
  /** Whether the subnet the primary interface lands in maps public IPs, when the instance leaves the choice to it. */
  readonly subnetMapsPublicIp: Maybe<boolean>;
  /** Neither a subnet nor an interface is given: the instance launches in the default VPC. */
  readonly defaultVpc: boolean;
}

/*
 * An instance gets a public IP when it asks for one (AssociatePublicIpAddress) or,
 * when it does not say, when its subnet maps public IPs. A subnet defined in the
 * same template decides here; a subnet from elsewhere is judged where it is defined
 * (SubnetNoAutoAssignPublicIp). A deployed instance shows its addresses directly.
 */
export const Ec2InstanceNoPublicIp = defineRule<Facts>({
  id: 'Ec2InstanceNoPublicIp',
  title: 'EC2 instances have no public IP address',
  description:
    'An instance with a public IP is reachable from the internet past the load balancer and firewall that should front it; only the edge should be internet-facing.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'EC2_INSTANCE_NO_PUBLIC_IP',
  remediation:
    'Launch instances in private subnets and set AssociatePublicIpAddress: false on their network interfaces (CDK: vpcSubnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false).',
  template: {
    resourceTypes: ['AWS::EC2::Instance'],
    facts(instance, { index }) {
      const nics = listOf(instance.get('NetworkInterfaces'));
      if (isUnknown(nics)) return { requested: nics, subnetMapsPublicIp: undefined, defaultVpc: false };
      const requested = nics.map((n) => asBoolean(field(n, 'AssociatePublicIpAddress')));
      const primary = nics.find((n) => String(field(n, 'DeviceIndex')) === '0') ?? nics[0];
      const leftToSubnet =
        nics.length === 0 ||
        (field(primary, 'AssociatePublicIpAddress') === undefined && field(primary, 'NetworkInterfaceId') === undefined);
      const subnetId = nics.length ? field(primary, 'SubnetId') : instance.get('SubnetId');
      const subnet = leftToSubnet ? index.target(subnetId) : undefined;
      return {
        requested,
        subnetMapsPublicIp: subnet?.type === 'AWS::EC2::Subnet' ? asBoolean(subnet.get('MapPublicIpOnLaunch')) : undefined,
        defaultVpc: nics.length === 0 && instance.get('SubnetId') === undefined,
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::Instance'],
    // A running instance shows the address it got, whatever asked for it (what EC2_INSTANCE_NO_PUBLIC_IP reads too).
    facts: (item) => ({
      requested: [isSet(item.configuration.publicIpAddress)],
      subnetMapsPublicIp: undefined,
      defaultVpc: false,
    }),
  },
  evaluate({ requested, subnetMapsPublicIp, defaultVpc }) {
    if (isUnknown(requested)) return needsReview(`network interfaces are not known: ${requested.reason}`);
    let undecided: Unknown | undefined;
    for (const value of requested) {
      if (isUnknown(value)) undecided ??= value;
      else if (value) return fail('a network interface has a public IP address');
    }
    if (isUnknown(subnetMapsPublicIp)) undecided ??= subnetMapsPublicIp;
    else if (subnetMapsPublicIp) return fail('the instance’s subnet maps public IPs on launch and the instance does not opt out');
    if (undecided) return needsReview(`whether the instance gets a public IP is not known: ${undecided.reason}`);
    // Default VPC subnets map public IPs unless someone changed them; the template cannot tell.
    if (defaultVpc)
      return needsReview(
        'no subnet is given, so the instance launches in the default VPC, whose subnets normally assign public IPs',
      );
    return pass('the instance has no public IP');
  },
});
