import { Maybe, Tri, and, asBoolean, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface RegistryRule {
  readonly frequency: Maybe<string>;
  /** Repository name filters (`*` wildcards). */
  readonly filters: Maybe<string>[] | Unknown;
  /** Whether the registry scanning configuration holding the rule exists. */
  readonly exists: Tri;
}

interface Facts {
  readonly scanOnPush: Maybe<boolean>;
  /** The repository's name; undefined when CloudFormation generates it. */
  readonly name: Maybe<string>;
  /** Registry-wide scanning rules in any template of the run (AWS::ECR::RegistryScanningConfiguration). */
  readonly registryRules: RegistryRule[] | Unknown;
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
      const registryRules: RegistryRule[] = [];
      for (const config of scope.ofType('AWS::ECR::RegistryScanningConfiguration')) {
        const rules = listOf(config.get('Rules'));
        if (isUnknown(rules))
          return {
            scanOnPush: asBoolean(repo.get('ImageScanningConfiguration.ScanOnPush')),
            name: asString(repo.get('RepositoryName')),
            registryRules: rules,
          };
        const exists = scope.indexOf(config).exists(config);
        for (const r of rules) {
          const filters = listOf(field(r, 'RepositoryFilters'));
          registryRules.push({
            frequency: asString(field(r, 'ScanFrequency')),
            filters: isUnknown(filters) ? filters : filters.map((f) => asString(field(f, 'Filter'))),
            exists,
          });
        }
      }
      return {
        scanOnPush: asBoolean(repo.get('ImageScanningConfiguration.ScanOnPush')),
        name: asString(repo.get('RepositoryName')),
        registryRules,
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::ECR::Repository'],
    looksUp: ['AWS::ECR::RegistryScanningConfiguration'],
    facts: (repo) => ({
      scanOnPush: asBoolean(valueAt(recorded(repo.configuration, 'ImageScanningConfiguration'), 'ScanOnPush')),
      name: asString(repo.configuration.RepositoryName ?? repo.resourceName),
      // Config records no registry scanning configuration, so registry-wide scanning can be neither seen nor ruled out.
      registryRules: new Unknown('AWS Config does not record the registry scanning configuration'),
    }),
  },
  evaluate(facts) {
    const { scanOnPush, name, registryRules } = facts;
    // Either route is enough: what the other leaves open does not matter.
    if (scanOnPush === true) return pass('images are scanned on push', unknownsIn(facts));
    let open = isUnknown(scanOnPush) ? `whether images are scanned on push is not known: ${scanOnPush.reason}` : undefined;
    if (isUnknown(registryRules)) open ??= `registry scanning rules are not known: ${registryRules.reason}`;
    else {
      for (const r of registryRules) {
        if (isUnknown(r.filters)) {
          open ??= `registry scanning filters are not known: ${r.filters.reason}`;
          continue;
        }
        for (const f of r.filters) {
          const covers: Tri =
            isUnknown(f) || f === undefined
              ? (f ?? new Unknown('a registry scanning rule has a filter without text'))
              : f === '*' || (typeof name === 'string' && matches(f, name))
                ? true
                : typeof name === 'string'
                  ? false
                  : new Unknown(`registry scanning filter ${f} may cover this repository, whose name is not known`);
          // A MANUAL rule scans only when someone asks.
          const scans: Tri = isUnknown(r.frequency) ? r.frequency : r.frequency !== 'MANUAL';
          const applies = and(r.exists, scans, covers);
          if (applies === true)
            return pass(
              `registry scanning (${typeof r.frequency === 'string' ? r.frequency : 'configured'}) covers the repository`,
              unknownsIn(facts),
            );
          if (isUnknown(applies)) open ??= applies.reason;
        }
      }
    }
    if (open) return needsReview(open);
    return fail('images are not scanned on push and no registry scanning rule covers the repository');
  },
});
