import { Maybe, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { APPROVED_REGIONS, regionOfArn } from '../s3/regions';

interface Facts {
  /** Region of each copy action's destination vault. */
  readonly destinations: Maybe<string>[] | Unknown;
}

export const BackupPlanCopyApprovedRegions = defineRule<Facts>({
  id: 'BackupPlanCopyApprovedRegions',
  title: 'Backup plans copy recovery points only into approved regions',
  description:
    'A copy action puts a full copy of the backed-up data in the destination vault’s region; NHS data must stay in approved (UK) regions unless an exception is declared.',
  severity: 'error',
  controls: { ncscCsp: ['2.1'], tenSteps: ['data-security'] },
  remediation: `Copy only to vaults in ${APPROVED_REGIONS.join(', ')} (another account in the same region gives the separation), or acknowledge the finding with the approved data-location exception.`,
  template: {
    resourceTypes: ['AWS::Backup::BackupPlan'],
    facts(plan, { index }) {
      const rules = listOf(plan.get('BackupPlan.BackupPlanRule'));
      if (isUnknown(rules)) return { destinations: rules };
      const destinations: Maybe<string>[] = [];
      for (const rule of rules) {
        if (isUnknown(rule)) return { destinations: rule };
        const copies = listOf(field(rule, 'CopyActions'));
        if (isUnknown(copies)) return { destinations: copies };
        for (const copy of copies) destinations.push(regionOfVault(field(copy, 'DestinationBackupVaultArn'), index));
      }
      return { destinations };
    },
  },
  evaluate({ destinations }) {
    if (isUnknown(destinations)) return needsReview(`the plan’s rules are not known: ${destinations.reason}`);
    if (destinations.length === 0) return notApplicable('the plan makes no copies');
    const outside = destinations.filter((r): r is string => typeof r === 'string' && !APPROVED_REGIONS.includes(r));
    if (outside.length)
      return fail(`copies recovery points to ${[...new Set(outside)].join(', ')}, outside ${APPROVED_REGIONS.join(', ')}`);
    const undecided = destinations.find(isUnknown);
    if (undecided) return needsReview(`a copy destination’s region is not known: ${undecided.reason}`);
    return pass(`copies stay in ${APPROVED_REGIONS.join(', ')}`);
  },
});

/** A vault ARN names its region; a vault in the same template is in the stack's region. */
function regionOfVault(arn: unknown, index: TemplateIndex): string | Unknown {
  const target = index.target(arn);
  if (target)
    return index.template.region ?? new Unknown(`the region of stack ${index.template.stack} is not known until deployment`);
  const region = regionOfArn(arn);
  if (region) return region;
  return isUnknown(arn) ? arn : new Unknown('DestinationBackupVaultArn does not name its region');
}
