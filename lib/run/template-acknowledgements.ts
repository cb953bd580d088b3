import { DeclaredStacks } from '../drift/declared';
import { matchItems } from '../drift/matching';
import { matchByReferences } from '../drift/references';
import { ConfigItem } from '../engine/config-item';
import { accountResources } from '../engine/evaluate';
import { Finding, ResourceLocation, Suppression, Template } from '../engine/model';
import { templateSuppression } from '../engine/suppressions';
import { ACCOUNT_TYPE, TemplateIndex, TemplateResource } from '../engine/template-index';

/**
 * `scan --templates`: a runtime result on an item that is a declared resource
 * of a checked template (matched as `drift` matches them: CloudFormation tags,
 * names, then references) is suppressed where that resource acknowledges the
 * rule, exactly as `check` would suppress it: only NON_COMPLIANT and
 * INSUFFICIENT_DATA results, only acknowledgements with a reason. An
 * account-wide result takes the acknowledgements `check` reads for it: those on
 * the stack that reports its environment's account-wide results. The source
 * names the template resource, so a reader can find the acknowledgement.
 * Returns how many items matched a declared resource, and how many results were suppressed.
 */
export function acknowledgeFromTemplates(
  findings: readonly Finding[],
  items: readonly ConfigItem[],
  templates: readonly Template[],
): { matched: number; suppressed: number } {
  const declared = templateResourcesOf(items, templates);
  const accounts = accountResources(templates);
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppression || (f.status !== 'NON_COMPLIANT' && f.status !== 'INSUFFICIENT_DATA')) continue;
    const resource =
      f.resource.type === ACCOUNT_TYPE
        ? accounts.find((a) => reportsFor(a.template, f.resource))
        : declared.get(keyOf(f.resource));
    const suppression = resource && templateSuppression(f.ruleId, resource);
    if (!suppression) continue;
    f.suppression = namedAfter(suppression, resource);
    suppressed++;
  }
  return { matched: declared.size, suppressed };
}

/** The declared resource each item is, by the identity its results carry (type, account, region, resource id). */
function templateResourcesOf(items: readonly ConfigItem[], templates: readonly Template[]): Map<string, TemplateResource> {
  const stacks = new DeclaredStacks(templates);
  const matching = matchByReferences(matchItems(items, stacks), stacks);
  const indexes = new Map<Template, TemplateIndex>();
  const out = new Map<string, TemplateResource>();
  for (const [item, r] of matching.matched) {
    let index = indexes.get(r.template);
    if (!index) indexes.set(r.template, (index = new TemplateIndex(r.template)));
    const resource = index.get(r.logicalId);
    if (resource)
      out.set(
        keyOf({ type: item.resourceType, account: item.accountId, region: item.awsRegion, resourceId: item.resourceId }),
        resource,
      );
  }
  return out;
}

function keyOf(r: Pick<ResourceLocation, 'type' | 'account' | 'region' | 'resourceId'>): string {
  return [r.type, r.account, r.region, r.resourceId].join('\u0000');
}

/** Whether a template's account-wide results are those of this account-region: a template not bound to one may deploy anywhere. */
function reportsFor(template: Template, at: ResourceLocation): boolean {
  return (
    (template.account === undefined || template.account === at.account) &&
    (template.region === undefined || template.region === at.region)
  );
}

/** The suppression as `check` reports it, its source naming where it is written: `cdk-acknowledgement, template: Stack/LogicalId`. */
function namedAfter(suppression: Suppression, resource: TemplateResource): Suppression {
  const where = resource.type === ACCOUNT_TYPE ? resource.template.stack : `${resource.template.stack}/${resource.logicalId}`;
  return { ...suppression, source: `${suppression.source}, template: ${where}` };
}
