import { Maybe, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { APPROVED_REGIONS, regionOfArn } from '../s3/regions';
import { PLAN_RULES, ReadField, itemField, templateField } from './plan';

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
    facts: (plan, { index }) => ({
      destinations: destinationsOf(plan.get(PLAN_RULES), templateField, (arn) => regionOfVault(arn, index)),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::Backup::BackupPlan'],
    facts: (plan) => ({ destinations: destinationsOf(recorded(plan.configuration, PLAN_RULES), itemField, regionNamed) }),
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

/** The destination vault's region of every copy action of every rule; an Unknown in place of a rule whose copies are not known. */
function destinationsOf(value: unknown, read: ReadField, regionOf: (arn: unknown) => string | Unknown): Facts['destinations'] {
  const rules = listOf(value);
  if (isUnknown(rules)) return rules;
  return rules.flatMap((rule) => {
    const copies = listOf(read(rule, 'CopyActions'));
    return isUnknown(copies) ? [copies] : copies.map((copy) => regionOf(read(copy, 'DestinationBackupVaultArn')));
  });
}

/** A vault in the same template is in the stack's region; any other names its region in its ARN. */
function regionOfVault(arn: unknown, index: TemplateIndex): string | Unknown {
  if (index.target(arn))
    return index.template.region ?? new Unknown(`the region of stack ${index.template.stack} is not known until deployment`);
  return regionNamed(arn);
}

function regionNamed(arn: unknown): string | Unknown {
  const region = regionOfArn(arn);
  if (region) return region;
  return isUnknown(arn) ? arn : new Unknown('DestinationBackupVaultArn does not name its region');
}
