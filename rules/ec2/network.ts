import { ConfigScope } from '../../lib/engine/config-item';
import { Tri, asString, existing, field, hasProperty, listOf, recorded } from '../../lib/engine/facts';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isWorldCidr } from './cidr';

/**
 * The VPC routing graph as a template shows it: which internet gateways a VPC
 * has, which Network Firewalls sit in it, which subnets a route table serves,
 * and whether a route points at a firewall endpoint.
 */

export const FIREWALL_TYPE = 'AWS::NetworkFirewall::Firewall';

export interface InternetGateways {
  /** Whether an internet gateway is attached: Unknown when an attachment's condition or gateway cannot be decided. */
  readonly attached: boolean | Unknown;
  /** Attached gateways defined in this template (routes can be matched against these). */
  readonly gateways: TemplateResource[];
  /** Set when an attached gateway is not a resource of this template, so routes to it cannot be recognised. */
  readonly opaque?: Unknown;
}

export function internetGatewaysOf(vpc: TemplateResource, index: TemplateIndex): InternetGateways {
  const gateways: TemplateResource[] = [];
  let definite = false;
  let undecided: Unknown | undefined;
  let opaque: Unknown | undefined;
  for (const attachment of index.referrers(vpc, 'AWS::EC2::VPCGatewayAttachment', 'VpcId')) {
    const exists = index.exists(attachment);
    if (exists === false) continue;
    const hasIgw = hasProperty(attachment, 'InternetGatewayId');
    if (hasIgw === false) continue; // a VPN gateway attachment
    if (isUnknown(hasIgw)) {
      undecided ??= hasIgw;
      continue;
    }
    if (isUnknown(exists)) {
      undecided ??= exists;
      continue;
    }
    definite = true;
    const gateway = index.target(attachment.get('InternetGatewayId'));
    if (gateway) gateways.push(gateway);
    else opaque ??= new Unknown(`internet gateway of ${attachment.logicalId} is not defined in this template`);
  }
  return { attached: definite ? true : (undecided ?? false), gateways, opaque };
}

/** Network Firewalls whose VpcId is this VPC, and an Unknown when another firewall's VPC cannot be read. */
export function firewallsIn(vpc: TemplateResource, index: TemplateIndex): { firewalls: TemplateResource[]; undecided?: Unknown } {
  const firewalls = index.referrers(vpc, FIREWALL_TYPE, 'VpcId').filter((f) => index.exists(f) !== false);
  let undecided: Unknown | undefined;
  for (const f of index.ofType(FIREWALL_TYPE)) {
    if (firewalls.includes(f) || index.exists(f) === false) continue;
    const vpcId = f.get('VpcId');
    if (isUnknown(vpcId) && !index.target(vpcId))
      undecided ??= new Unknown(`the VPC of firewall ${f.logicalId} is not known: ${vpcId.reason}`);
  }
  return { firewalls, undecided };
}

/** Subnets a firewall places its endpoints in (logical ids), or an Unknown when a mapping cannot be read. */
export function firewallSubnetIds(firewall: TemplateResource, index: TemplateIndex): string[] | Unknown {
  const mappings = listOf(firewall.get('SubnetMappings'));
  if (isUnknown(mappings)) return mappings;
  const ids: string[] = [];
  for (const m of mappings) {
    const subnetId = field(m, 'SubnetId');
    const subnet = index.target(subnetId);
    if (subnet) ids.push(subnet.logicalId);
    else if (isUnknown(subnetId))
      return new Unknown(`a subnet of firewall ${firewall.logicalId} is not known: ${subnetId.reason}`);
    else if (typeof subnetId === 'string') ids.push(subnetId);
  }
  return ids;
}

/** Subnets (logical ids) a route table is associated with, or an Unknown when an association's subnet is opaque. */
export function subnetsOfRouteTable(routeTable: TemplateResource, index: TemplateIndex): string[] | Unknown {
  const ids: string[] = [];
  for (const assoc of index.referrers(routeTable, 'AWS::EC2::SubnetRouteTableAssociation', 'RouteTableId')) {
    if (index.exists(assoc) === false) continue;
    const subnetId = assoc.get('SubnetId');
    const subnet = index.target(subnetId);
    if (subnet) ids.push(subnet.logicalId);
    else if (isUnknown(subnetId)) return new Unknown(`the subnet of ${assoc.logicalId} is not known: ${subnetId.reason}`);
    else if (typeof subnetId === 'string') ids.push(subnetId);
  }
  return ids;
}

export function routesOf(routeTable: TemplateResource, index: TemplateIndex): TemplateResource[] {
  return existing(index.referrers(routeTable, 'AWS::EC2::Route', 'RouteTableId'), index);
}

/** The IPv4 and IPv6 destinations of a route, and its prefix list, as far as they are known. */
export function destinationsOf(route: TemplateResource): Array<string | Unknown> {
  return ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId']
    .map((p) => asString(route.get(p)))
    .filter((d): d is string | Unknown => d !== undefined);
}

/** Whether a route destination is the whole internet: a CIDR of prefix 0 in any spelling (a prefix list never is). */
export function isWorldDestination(destination: string | Unknown): Tri {
  if (typeof destination === 'string' && destination.startsWith('pl-')) return false;
  return isWorldCidr(destination);
}

/**
 * The firewall a route's VpcEndpointId points at, read from the raw template
 * because endpoint ids only exist after deployment: an Fn::GetAtt of a
 * firewall's EndpointIds, possibly wrapped in Fn::Select/Fn::Split/Fn::Join
 * (the usual `az:vpce-id` unpicking). Returns the firewall's logical id, null
 * when the target is definitely something else, undefined when the route has no
 * VpcEndpointId, and an Unknown when the endpoint cannot be identified.
 */
export function firewallEndpointOf(route: TemplateResource, index: TemplateIndex): string | null | undefined | Unknown {
  const raw = route.raw.Properties?.VpcEndpointId;
  if (raw === undefined) return undefined;
  const found = endpointAttributeOwner(raw, 0);
  if (found !== undefined) return index.get(found)?.type === FIREWALL_TYPE ? found : null;
  const resolved = route.get('VpcEndpointId');
  const target = index.target(resolved);
  if (target) return target.type === FIREWALL_TYPE ? target.logicalId : null;
  if (isUnknown(resolved)) return new Unknown(`the VPC endpoint of ${route.logicalId} is not known: ${resolved.reason}`);
  return new Unknown(`VPC endpoint ${String(resolved)} of ${route.logicalId} may or may not be a firewall endpoint`);
}

function endpointAttributeOwner(raw: unknown, depth: number): string | undefined {
  if (depth > 8 || raw === null || typeof raw !== 'object') return undefined;
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const f = endpointAttributeOwner(item, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const getAtt = r['Fn::GetAtt'];
  if (getAtt !== undefined) {
    const [ref, attr] = typeof getAtt === 'string' ? getAtt.split('.') : Array.isArray(getAtt) ? getAtt : [];
    return attr === 'EndpointIds' && typeof ref === 'string' ? ref : undefined;
  }
  for (const fn of ['Fn::Select', 'Fn::Split', 'Fn::Join']) {
    if (r[fn] !== undefined) return endpointAttributeOwner(r[fn], depth + 1);
  }
  return undefined;
}

/** Whether a route's gateway is an internet gateway: by resource type, or by the `igw-` id prefix of a literal. */
export function isInternetGateway(gatewayId: unknown, index: TemplateIndex): boolean | Unknown {
  if (gatewayId === undefined) return false;
  const target = index.target(gatewayId);
  if (target) return target.type === 'AWS::EC2::InternetGateway';
  if (isUnknown(gatewayId)) return gatewayId;
  return typeof gatewayId === 'string' && gatewayId.startsWith('igw-');
}

/**
 * A subnet's AZ, comparable between subnets: its literal name, or for the
 * env-agnostic `Fn::Select [i, Fn::GetAZs r]` form the selector itself, since two
 * different indexes into the same list are two different zones.
 */
export function zoneOfSubnet(subnetId: unknown, index: TemplateIndex): string | Unknown {
  const subnet = index.target(subnetId);
  if (!subnet || subnet.type !== 'AWS::EC2::Subnet') {
    return isUnknown(subnetId) ? subnetId : new Unknown(`subnet ${String(subnetId)} is not defined in this template`);
  }
  const zone = subnet.get('AvailabilityZone') ?? subnet.get('AvailabilityZoneId');
  if (typeof zone === 'string') return zone;
  const selected = selectedZone(subnet);
  if (selected) return selected;
  return isUnknown(zone) ? zone : new Unknown(`subnet ${subnet.logicalId} does not name its availability zone`);
}

function selectedZone(subnet: TemplateResource): string | undefined {
  const raw = subnet.raw.Properties?.AvailabilityZone as Record<string, unknown> | undefined;
  const select = raw?.['Fn::Select'];
  if (!Array.isArray(select) || select.length !== 2) return undefined;
  const [i, list] = select;
  const azs = (list as Record<string, unknown> | null)?.['Fn::GetAZs'];
  if ((typeof i !== 'number' && typeof i !== 'string') || azs === undefined) return undefined;
  return `Fn::GetAZs(${JSON.stringify(azs)})[${i}]`;
}

/**
 * A subnet's AZ from the scanned configuration items: an Unknown when subnets are
 * not recorded or this one was not read, never a guess.
 */
export function zoneOfSubnetItem(subnetId: unknown, scope: ConfigScope): string | Unknown {
  if (isUnknown(subnetId)) return subnetId;
  if (typeof subnetId !== 'string') return new Unknown('a subnet id is not recorded');
  if (!scope.records('AWS::EC2::Subnet'))
    return new Unknown(`subnets are not recorded, so the zone of ${subnetId} cannot be read`);
  const subnet = scope.get('AWS::EC2::Subnet', subnetId);
  if (!subnet) return new Unknown(`subnet ${subnetId} is not among the scanned items`);
  const zone = asString(recorded(subnet.configuration, 'availabilityZone'));
  return zone ?? new Unknown(`subnet ${subnetId} records no availability zone`);
}
