import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, field, isUndecided, listOf, textOf, undecided } from '../iam/values';

interface RegistryRule {
  readonly frequency?: string;
  /** Repository name filters (`*` wildcards); undecided when unreadable. */
  readonly filters: (string | Undecided)[];
}

interface Facts {
  readonly scanOnPush: unknown;
  /** The repository's literal name, when it has one. */
  readonly name?: string;
  /** Registry-wide scanning rules in any template of the run (AWS::ECR::RegistryScanningConfiguration). */
  readonly registryRules: RegistryRule[] | Undecided;
}

const matches = (filter: string, name: string) =>
  new RegExp('^' + filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$').test(name);

export const EcrImageScanOnPush = defineRule<Facts>({
  id: 'EcrImageScanOnPush',
  title: 'ECR repositories scan images for vulnerabilities',
  description:
    'Scanning on push (or registry-wide enhanced scanning) finds known CVEs in images before they run, feeding the 14-day patching clock of Cyber Essentials.',
  severity: 'error',
  controls: { ncscCsp: ['5.1', '7'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'ECR_PRIVATE_IMAGE_SCANNING_ENABLED',
  remediation:
    'Set ImageScanningConfiguration.ScanOnPush: true (CDK: imageScanOnPush: true), or better, enable Inspector enhanced scanning for all repositories with an AWS::ECR::RegistryScanningConfiguration.',
  template: {
    resourceTypes: ['AWS::ECR::Repository'],
    facts(repo, { scope }) {
      const name = repo.get('RepositoryName');
      let registryRules: RegistryRule[] | Undecided = [];
      for (const config of scope.ofType('AWS::ECR::RegistryScanningConfiguration')) {
        const rules = listOf(config.get('Rules'));
        if (isUnknown(rules)) {
          registryRules = undecided(rules);
          break;
        }
        for (const r of rules) {
          const filters = listOf(field(r, 'RepositoryFilters'));
          (registryRules as RegistryRule[]).push({
            frequency: textOf(field(r, 'ScanFrequency')),
            filters: isUnknown(filters)
              ? [undecided(filters)]
              : filters.map((f) => {
                  const v = field(f, 'Filter');
                  return typeof v === 'string' ? v : undecided(isUnknown(v) ? v : 'a filter is not a string');
                }),
          });
        }
      }
      return {
        scanOnPush: repo.get('ImageScanningConfiguration.ScanOnPush'),
        ...(typeof name === 'string' ? { name } : {}),
        registryRules,
      };
    },
  },
  evaluate({ scanOnPush, name, registryRules }) {
    if (scanOnPush === true || scanOnPush === 'true') return pass('images are scanned on push');
    let open = isUnknown(scanOnPush) ? `ScanOnPush is not known: ${scanOnPush.reason}` : undefined;
    if (isUndecided(registryRules)) open ??= `registry scanning rules are not known: ${registryRules.undecided}`;
    else {
      for (const r of registryRules) {
        for (const f of r.filters) {
          if (isUndecided(f)) open ??= `a registry scanning filter is not known: ${f.undecided}`;
          else if (f === '*' || (name !== undefined && matches(f, name)))
            return pass(`registry scanning (${r.frequency ?? 'configured'}) covers the repository`);
          else if (name === undefined)
            open ??= `registry scanning filter ${f} may cover this repository, whose name is generated`;
        }
      }
    }
    if (open) return needsReview(open);
    return fail('ImageScanningConfiguration.ScanOnPush is not true and no registry scanning rule covers the repository');
  },
});
