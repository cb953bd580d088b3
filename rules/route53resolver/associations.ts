import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Tri, recorded } from '../../lib/engine/facts';
import { Unknown } from '../../lib/engine/unknown';

/** An association item of the VPC, and whether it is in force. */
export interface VpcAssociation {
  readonly item: ConfigItem;
  readonly active: Tri;
}

/**
 * The recorded associations of `type` whose `vpcProperty` names the VPC and that may
 * be in force: those whose Status is not one of `activeStatuses` (being deleted,
 * failed) are left out, one without a recorded Status is undecided. When the
 * recorder does not record the type, no association item proves nothing.
 */
export function activeAssociations(
  vpc: ConfigItem,
  scope: ConfigScope,
  type: string,
  vpcProperty: string,
  activeStatuses: readonly string[],
): VpcAssociation[] | Unknown {
  if (!scope.records(type)) return new Unknown(`AWS Config does not record ${type} in ${scope.accountId}/${scope.region}`);
  return scope
    .ofType(type)
    .filter((a) => a.configuration[vpcProperty] === vpc.resourceId)
    .map((item) => ({ item, active: inForce(item, activeStatuses) }))
    .filter(({ active }) => active !== false);
}

function inForce(association: ConfigItem, activeStatuses: readonly string[]): Tri {
  const status = recorded(association.configuration, 'Status');
  if (typeof status !== 'string')
    return new Unknown(`${association.resourceType} ${association.resourceId} does not record its Status`);
  return activeStatuses.includes(status);
}
