import picomatch from 'picomatch';
import { ConfigItem } from '../engine/config-item';
import { ConfigScopes } from '../sources/config';
import { isAwsDefault } from './aws-defaults';
import { cloudFormationTags } from './declared';
import { Unclaimed } from './matching';
import { Drift } from './model';

export interface UnmanagedResult {
  readonly drift: Drift[];
  readonly awsDefaults: number;
  readonly allowListed: number;
}

const WHY: Record<Unclaimed, (item: ConfigItem) => string> = {
  untagged: () => 'no CloudFormation tags, and no checked template names it: created outside the checked stacks',
  'other-stack': (item) => `tagged for stack ${cloudFormationTags(item).stack}, which is not among the checked templates`,
  undeclared: (item) => {
    const { stack, logicalId } = cloudFormationTags(item);
    return `stack ${stack} no longer declares ${logicalId ?? 'it'}: removed from the template but still deployed`;
  },
};

/**
 * Deployed items that no checked stack declares, grouped by type, less the
 * AWS-created defaults and what `--allow-unmanaged` names (globs over the ARN,
 * resource id, resource name or type). Both are counted in the report, never dropped silently.
 */
export function unmanagedDrift(
  unclaimed: ReadonlyMap<ConfigItem, Unclaimed>,
  scopes: ConfigScopes,
  allow: readonly string[],
): UnmanagedResult {
  const allowed = allow.map((p) => picomatch(p, { dot: true }));
  const drift: Drift[] = [];
  let awsDefaults = 0;
  let allowListed = 0;
  for (const [item, why] of unclaimed) {
    if (isAwsDefault(item, scopes)) {
      awsDefaults++;
      continue;
    }
    const names = [item.arn, item.resourceId, item.resourceName, item.resourceType].filter((n): n is string => Boolean(n));
    if (allowed.some((m) => names.some((n) => m(n)))) {
      allowListed++;
      continue;
    }
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
      message: `${item.resourceType} ${item.resourceName ?? item.resourceId}: ${WHY[why](item)}`,
    });
  }
  drift.sort(
    (a, b) => a.resource.type.localeCompare(b.resource.type) || (a.resource.arn ?? '').localeCompare(b.resource.arn ?? ''),
  );
  return { drift, awsDefaults, allowListed };
}
