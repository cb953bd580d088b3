import { TemplateIndex } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, undecided } from '../iam/values';

/**
 * The Availability Zone of a subnet as a comparable key: the literal zone or zone
 * id of a subnet in the template, or `GetAZs[i]` for CDK's environment-agnostic
 * `Fn::Select [i, Fn::GetAZs]` (distinct indexes are distinct zones). Undecided for
 * subnets from elsewhere (literal ids, parameters, imports).
 */
export function zoneOf(subnet: unknown, index: TemplateIndex): string | Undecided {
  const target = index.target(subnet);
  if (!target || target.type !== 'AWS::EC2::Subnet') {
    return undecided(
      typeof subnet === 'string'
        ? `subnet ${subnet} is not in this template`
        : isUnknown(subnet)
          ? subnet
          : 'a subnet is not in this template',
    );
  }
  const raw = target.raw.Properties?.AvailabilityZone;
  const select = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['Fn::Select'] : undefined;
  if (Array.isArray(select) && select[1] && typeof select[1] === 'object' && 'Fn::GetAZs' in (select[1] as object)) {
    const i = Number(select[0]);
    if (Number.isInteger(i)) return `GetAZs[${i}]`;
  }
  for (const key of ['AvailabilityZone', 'AvailabilityZoneId']) {
    const zone = target.get(key);
    if (typeof zone === 'string') return zone;
    if (isUnknown(zone)) return undecided(`the zone of subnet ${target.logicalId} is not known: ${zone.reason}`);
  }
  // Without a zone, EC2 picks one at creation.
  return undecided(`subnet ${target.logicalId} has no AvailabilityZone, so EC2 picks one`);
}

/** Distinct known zones and the first reason a zone could not be known. */
export function spread(zones: readonly (string | Undecided)[]): { known: string[]; undecided?: string } {
  const known = [...new Set(zones.filter((z): z is string => typeof z === 'string'))];
  const open = zones.find((z): z is Undecided => typeof z !== 'string');
  return { known, ...(open ? { undecided: open.undecided } : {}) };
}
