import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Maybe, Tri, asBoolean, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { POLICY_TYPE, statefulRuleGroupCountOfItem } from '../networkfirewall/policy';
import { FIREWALL_TYPE } from './network';

/*
 * The VPC routing graph as AWS Config items show it. Config records no route or
 * association resources: routes and associations live inside AWS::EC2::RouteTable
 * items, gateway attachments inside AWS::EC2::InternetGateway items, and a
 * firewall's subnets inside its AWS::NetworkFirewall::Firewall item. The firewall
 * item does not record its endpoint ids (no firewallStatus), so a route to a
 * `vpce-` endpoint can never be shown to be a firewall's.
 */

export const ROUTE_TABLE = 'AWS::EC2::RouteTable';
export const SUBNET = 'AWS::EC2::Subnet';
export const INTERNET_GATEWAY = 'AWS::EC2::InternetGateway';

const notRecorded = (type: string, consequence: string) =>
  new Unknown(`${type} is not recorded in this account-region, so ${consequence}`);

/** The id of a VPC item. */
export function vpcIdOfItem(vpc: ConfigItem): string | Unknown {
  return asString(vpc.configuration.vpcId) ?? vpc.resourceId;
}

/** The internet gateways attached to a VPC, from the gateway items' attachments. */
export function internetGatewaysOfItem(vpcId: string, scope: ConfigScope): { attached: Tri; ids: string[] } {
  if (!scope.records(INTERNET_GATEWAY))
    return { attached: notRecorded(INTERNET_GATEWAY, `whether ${vpcId} has one attached cannot be read`), ids: [] };
  const ids: string[] = [];
  let undecided: Unknown | undefined;
  for (const gateway of scope.ofType(INTERNET_GATEWAY)) {
    const attachments = listOf(recorded(gateway.configuration, 'attachments'));
    if (isUnknown(attachments)) {
      undecided ??= new Unknown(`the attachments of ${gateway.resourceId} are not known: ${attachments.reason}`);
      continue;
    }
    if (!attachments.some((a) => field(a, 'vpcId') === vpcId && field(a, 'state') !== 'detached')) continue;
    const id = asString(gateway.configuration.internetGatewayId);
    ids.push(typeof id === 'string' ? id : gateway.resourceId);
  }
  return { attached: ids.length ? true : (undecided ?? false), ids };
}

/** The Network Firewall items in a VPC, and an Unknown when firewalls are not recorded or one's VPC is not. */
export function firewallsInVpcItem(vpcId: string, scope: ConfigScope): { firewalls: ConfigItem[]; undecided?: Unknown } {
  if (!scope.records(FIREWALL_TYPE))
    return { firewalls: [], undecided: notRecorded(FIREWALL_TYPE, `whether a firewall sits in ${vpcId} cannot be read`) };
  const firewalls: ConfigItem[] = [];
  let undecided: Unknown | undefined;
  for (const firewall of scope.ofType(FIREWALL_TYPE)) {
    const vpc = asString(recorded(firewall.configuration, 'firewall.vpcId'));
    if (vpc === vpcId) firewalls.push(firewall);
    else if (typeof vpc !== 'string') undecided ??= new Unknown(`the VPC of firewall ${nameOf(firewall)} is not recorded`);
  }
  return { firewalls, undecided };
}

export function nameOf(item: ConfigItem): string {
  return item.resourceName ?? item.resourceId;
}

/** The subnets a firewall item places its endpoints in. */
export function firewallSubnetIdsOfItem(firewall: ConfigItem): string[] | Unknown {
  const mappings = listOf(recorded(firewall.configuration, 'firewall.subnetMappings'));
  if (isUnknown(mappings)) return mappings;
  const ids: string[] = [];
  for (const m of mappings) {
    const id = asString(field(m, 'subnetId'));
    if (typeof id !== 'string') return new Unknown(`a subnet mapping of firewall ${nameOf(firewall)} records no subnet`);
    ids.push(id);
  }
  return ids;
}

/** How many stateful rule groups the policy of a firewall item references, read from the policy's own item. */
export function statefulRuleGroupsOfFirewallItem(firewall: ConfigItem, scope: ConfigScope): number | Unknown {
  const arn = asString(recorded(firewall.configuration, 'firewall.firewallPolicyArn'));
  if (typeof arn !== 'string') return isUnknown(arn) ? arn : new Unknown(`firewall ${nameOf(firewall)} records no policy`);
  if (!scope.records(POLICY_TYPE)) return notRecorded(POLICY_TYPE, `the policy of firewall ${nameOf(firewall)} cannot be read`);
  const policy = scope.ofType(POLICY_TYPE).find((p) => p.arn === arn);
  if (!policy) return new Unknown(`the policy ${arn} of firewall ${nameOf(firewall)} is not among the scanned items`);
  return statefulRuleGroupCountOfItem(policy);
}

/** The route tables of a VPC; an Unknown when route tables are not recorded or one's VPC is not. */
export function routeTablesOfVpcItem(vpcId: string, scope: ConfigScope): ConfigItem[] | Unknown {
  if (!scope.records(ROUTE_TABLE)) return notRecorded(ROUTE_TABLE, `the routes of ${vpcId} cannot be read`);
  const tables: ConfigItem[] = [];
  for (const table of scope.ofType(ROUTE_TABLE)) {
    const vpc = asString(table.configuration.vpcId);
    if (vpc === vpcId) tables.push(table);
    else if (typeof vpc !== 'string') return new Unknown(`the VPC of route table ${table.resourceId} is not recorded`);
  }
  return tables;
}

export function routesOfItem(table: ConfigItem): unknown[] | Unknown {
  return listOf(recorded(table.configuration, 'routes'));
}

/** A route for messages: its table and destination. */
export function describeItemRoute(table: ConfigItem, route: unknown): string {
  const destination = destinationsOfItemRoute(route).find((d) => typeof d === 'string');
  return `${table.resourceId} route to ${destination ?? 'an unrecorded destination'}`;
}

/** The IPv4 and IPv6 destinations of a recorded route, and its prefix list; an Unknown when it records none. */
export function destinationsOfItemRoute(route: unknown): Array<string | Unknown> {
  const destinations = ['destinationCidrBlock', 'destinationIpv6CidrBlock', 'destinationPrefixListId']
    .map((key) => asString(field(route, key)))
    .filter((d): d is string | Unknown => d !== undefined);
  return destinations.length ? destinations : [new Unknown('a route records no destination')];
}

/** The gateway a recorded route targets (`igw-`, `vgw-`, `vpce-`, `local`); Config records Gateway Load Balancer and firewall endpoints here too. */
export function gatewayOfItemRoute(route: unknown): Maybe<string> {
  return asString(field(route, 'gatewayId'));
}

export const isInternetGatewayId = (id: Maybe<string>): Tri => (isUnknown(id) ? id : id?.startsWith('igw-') === true);

/**
 * Whether a recorded route targets a Network Firewall endpoint: false for any
 * target that is not a VPC endpoint; for a `vpce-` endpoint an Unknown, since the
 * firewall item does not record its endpoint ids and so cannot vouch for it.
 */
export function targetsFirewallEndpoint(route: unknown): Tri {
  const gateway = gatewayOfItemRoute(route);
  if (isUnknown(gateway)) return gateway;
  if (!gateway?.startsWith('vpce-')) return false;
  return new Unknown(
    `route target ${gateway} is a VPC endpoint, and AWS Config does not record a firewall's endpoint ids, so whether it is the firewall's cannot be read`,
  );
}

/** Whether a route table is an edge table: associated with an internet gateway rather than with subnets. */
export function isInternetEdgeTable(table: ConfigItem): Tri {
  const associations = listOf(recorded(table.configuration, 'associations'));
  if (isUnknown(associations)) return associations;
  return associations.some((a) => isCurrent(a) && isInternetGatewayId(asString(field(a, 'gatewayId'))) === true);
}

/**
 * The subnets a route table serves: its explicit subnet associations and, for the
 * VPC's main table, every subnet of the VPC that no other table is associated with.
 */
export function subnetsServedByItem(table: ConfigItem, scope: ConfigScope): string[] | Unknown {
  const associations = listOf(recorded(table.configuration, 'associations'));
  if (isUnknown(associations)) return associations;
  const current = associations.filter(isCurrent);
  const explicit = explicitSubnets(current);
  if (!current.some((a) => asBoolean(field(a, 'main')) === true)) return explicit;
  const vpcId = asString(recorded(table.configuration, 'vpcId'));
  if (typeof vpcId !== 'string') return new Unknown(`the VPC of main route table ${table.resourceId} is not recorded`);
  if (!scope.records(SUBNET))
    return notRecorded(SUBNET, `the subnets main route table ${table.resourceId} serves cannot be read`);
  const tables = routeTablesOfVpcItem(vpcId, scope);
  if (isUnknown(tables)) return tables;
  const elsewhere = new Set<string>();
  for (const other of tables) {
    const assoc = listOf(recorded(other.configuration, 'associations'));
    if (isUnknown(assoc))
      return new Unknown(`the associations of route table ${other.resourceId} are not known: ${assoc.reason}`);
    for (const id of explicitSubnets(assoc.filter(isCurrent))) elsewhere.add(id);
  }
  const implicit = scope
    .ofType(SUBNET)
    .filter((s) => s.configuration.vpcId === vpcId)
    .map((s) => asString(s.configuration.subnetId) ?? s.resourceId)
    .filter((id): id is string => typeof id === 'string' && !elsewhere.has(id));
  return [...new Set([...explicit, ...implicit])];
}

function explicitSubnets(associations: unknown[]): string[] {
  return associations.map((a) => asString(field(a, 'subnetId'))).filter((id): id is string => typeof id === 'string');
}

/** An association that is not being, or has not been, removed. */
function isCurrent(association: unknown): boolean {
  const state = field(field(association, 'associationState'), 'state');
  return state !== 'disassociated' && state !== 'disassociating';
}
