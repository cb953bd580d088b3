import picomatch from 'picomatch';
import { ConfigItem } from '../engine/config-item';
import { ConfigScopes } from '../sources/config';
import { isAwsDefault } from './aws-defaults';
import { cloudFormationTags } from './declared';
import { Unclaimed } from './matching';
import { Drift } from './model';
import { UntaggedCounts, UntaggedPlace } from './untagged';

export interface UnclaimedResult {
  /** Items no checked stack declares, less AWS-created defaults and what --allow-unmanaged names, and why. */
  readonly items: Map<ConfigItem, Unclaimed>;
  readonly awsDefaults: number;
  readonly allowListed: number;
}

/**
 * The unclaimed items that are anyone's concern: AWS-created defaults and what
 * `--allow-unmanaged` names (globs over the ARN, resource id, resource name or
 * type) are left out. Both are counted in the report, never dropped silently.
 */
export function unclaimedItems(
  unclaimed: ReadonlyMap<ConfigItem, Unclaimed>,
  scopes: ConfigScopes,
  allow: readonly string[],
): UnclaimedResult {
  const allowed = allow.map((p) => picomatch(p, { dot: true }));
  const items = new Map<ConfigItem, Unclaimed>();
  let awsDefaults = 0;
  let allowListed = 0;
  for (const [item, why] of unclaimed) {
    if (isAwsDefault(item, scopes)) {
      awsDefaults++;
      continue;
    }
    const names = [item.arn, item.resourceId, item.resourceName, item.resourceType].filter((n): n is string => Boolean(n));
    if (allowed.some((m) => names.some((n) => m(n)))) allowListed++;
    else items.set(item, why);
  }
  return { items, awsDefaults, allowListed };
}

/** Untagged items, for counting against the declared resources not found: see UntaggedCounts. */
export function untaggedItems(result: UnclaimedResult): ConfigItem[] {
  return [...result.items].filter(([, why]) => why === 'untagged').map(([item]) => item);
}

/**
 * Deployed items that no checked stack declares, grouped by type. An untagged
 * item of a type CloudFormation cannot tag is left out where it may be one of
 * the declared resources not found (counted as not attributable); elsewhere
 * its message says how many declared resources it could be.
 */
export function unmanagedDrift(result: UnclaimedResult, counts: UntaggedCounts): Drift[] {
  const drift: Drift[] = [];
  for (const [item, why] of result.items) {
    const place = why === 'untagged' ? counts.at(item.resourceType, item.accountId, item.awsRegion) : undefined;
    if (place?.untaggable && place.items.length <= place.absent.length) continue;
    const { stack, logicalId } = cloudFormationTags(item);
    drift.push({
      kind: 'unmanaged',
      resource: {
        type: item.resourceType,
        arn: item.arn,
        resourceId: item.resourceId,
        stack,
        logicalId,
        account: item.accountId,
        region: item.awsRegion,
      },
      severity: 'warning',
      message: `${item.resourceType} ${item.resourceName ?? item.resourceId}: ${place ? untaggedWhy(place) : WHY[why](item)}`,
    });
  }
  drift.sort(
    (a, b) => a.resource.type.localeCompare(b.resource.type) || (a.resource.arn ?? '').localeCompare(b.resource.arn ?? ''),
  );
  return drift;
}

const WHY: Record<Unclaimed, (item: ConfigItem) => string> = {
  untagged: () => 'no CloudFormation tags, and no checked template names it: created outside the checked stacks',
  'other-stack': (item) => `tagged for stack ${cloudFormationTags(item).stack}, which is not among the checked templates`,
  undeclared: (item) => {
    const { stack, logicalId } = cloudFormationTags(item);
    return `stack ${stack} no longer declares ${logicalId ?? 'it'}: removed from the template but still deployed`;
  },
};

/** Why an untagged item is unmanaged, given the declared resources of its type not found where it is. */
function untaggedWhy(p: UntaggedPlace): string {
  const absent = p.absent.length;
  if (!absent) return WHY.untagged(p.items[0]);
  const ids = p.absent.map((a) => a.resource.logicalId).join(', ');
  const where = `${p.account}/${p.region}`;
  if (p.untaggable)
    return (
      `no CloudFormation tags, which it cannot have: one of ${p.items.length} such item(s) in ${where}, where ${absent} declared ` +
      `(${ids}) were not found, so ${p.items.length - absent} of them were created outside the checked stacks, which is not decidable`
    );
  return `no CloudFormation tags, and no checked template names it: created outside the checked stacks, unless it is one of the ${absent} declared not found in ${where} (${ids})`;
}
