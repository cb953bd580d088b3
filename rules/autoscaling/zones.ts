import { ConfigScope } from '../../lib/engine/config-item';
import { Maybe, asString } from '../../lib/engine/facts';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * The Availability Zone of a subnet as a comparable key: the literal zone or zone
 * id of a subnet in the template, or `GetAZs[i]` for CDK's environment-agnostic
 * `Fn::Select [i, Fn::GetAZs]` (distinct indexes are distinct zones). An Unknown for
 * subnets from elsewhere (literal ids, parameters, imports).
 */
export function zoneOf(subnet: unknown, index: TemplateIndex): string | Unknown {
  const target = index.target(subnet);
  if (!target || target.type !== 'AWS::EC2::Subnet') {
    if (isUnknown(subnet)) return subnet;
    return new Unknown(
      typeof subnet === 'string' ? `subnet ${subnet} is not in this template` : 'a subnet is not in this template',
    );
  }
  // The resolver cannot say which zone GetAZs gives, but distinct indexes of one list are distinct zones.
  const raw = target.raw.Properties?.AvailabilityZone;
  const select = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['Fn::Select'] : undefined;
  if (Array.isArray(select) && select[1] && typeof select[1] === 'object' && 'Fn::GetAZs' in (select[1] as object)) {
    const i = Number(select[0]);
    if (Number.isInteger(i)) return `GetAZs[${i}]`;
  }
  for (const key of ['AvailabilityZone', 'AvailabilityZoneId']) {
    const zone = target.get(key);
    if (typeof zone === 'string') return zone;
    if (isUnknown(zone)) return new Unknown(`the zone of subnet ${target.logicalId} is not known: ${zone.reason}`);
  }
  // Without a zone, EC2 picks one at creation.
  return new Unknown(`subnet ${target.logicalId} has no Availability Zone, so EC2 picks one`);
}

/** The zone of a subnet from the Config item of the subnet in the same scan; an Unknown when the scan does not hold it. */
export function zoneInScope(subnet: unknown, scope: ConfigScope): string | Unknown {
  if (typeof subnet !== 'string') return new Unknown('a subnet id is not a string');
  const item = scope.get('AWS::EC2::Subnet', subnet);
  if (!item)
    return new Unknown(
      scope.records('AWS::EC2::Subnet')
        ? `subnet ${subnet} is not among the recorded subnets of this account and region`
        : `AWS::EC2::Subnet is not recorded here, so the zone of ${subnet} is not known`,
    );
  const zone = asString(item.configuration.availabilityZone);
  return typeof zone === 'string' ? zone : new Unknown(`the configuration item of subnet ${subnet} does not record its zone`);
}

/** Distinct known zones and the first zone that is not known. */
export function spread(zones: readonly Maybe<string>[]): { known: string[]; open?: Unknown } {
  const known = [...new Set(zones.filter((z): z is string => typeof z === 'string'))];
  const open = zones.find(isUnknown);
  return { known, ...(open ? { open } : {}) };
}
