import { decideByCases } from './by-cases';
import { Cases } from './cases';
import { ResolveOptions } from './intrinsics';
import { Finding, ResourceLocation, Suppression, Template } from './model';
import { Environment, Rule, RuleContext, Scope, Verdict } from './rule';
import { templateSuppression } from './suppressions';
import { Reference, TemplateIndex, TemplateResource, importedNames } from './template-index';
import { hasSnippetTransform, macrosOf, scopedTransformOf } from './transforms';
import { isUnknown } from './unknown';

export interface EvaluateOptions extends ResolveOptions {
  /** Called after each template, for progress reporting. */
  readonly onTemplate?: (done: number, total: number) => void;
}

/**
 * Evaluates every rule on every resource of its types, once: time is linear in
 * resources × applicable rules. Returns every result, compliant ones included.
 */
export function evaluate(rules: readonly Rule[], templates: readonly Template[], options: EvaluateOptions = {}): Finding[] {
  const cases = new Cases();
  const indexes = templates.map((t) => new TemplateIndex(t, options, cases));
  const scope = new RunScope(indexes);
  linkStacks(indexes, scope);
  const rulesByType = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const type of rule.adapters.template?.resourceTypes ?? []) {
      const list = rulesByType.get(type);
      if (list) list.push(rule);
      else rulesByType.set(type, [rule]);
    }
  }

  const environments = environmentsOf(indexes);
  const findings: Finding[] = [];
  indexes.forEach((index, i) => {
    const context: RuleContext = { index, scope, environment: environments.get(index)! };
    const pseudo = index.accountResource ? [index.stackResource, index.accountResource] : [index.stackResource];
    const macros = macrosOf(index.template.body);
    const snippets = hasSnippetTransform(index.template.body.Resources);
    for (const resource of [...pseudo, ...index.resources]) {
      const applicable = rulesByType.get(resource.type);
      if (!applicable || index.exists(resource) === false) continue;
      // One location object per resource, shared by its results (read-only once made).
      const location = locationOf(resource);
      const transformed =
        resource.raw === index.stackResource.raw || resource === index.accountResource
          ? undefined
          : transformedBy(resource, macros, snippets);
      for (const rule of applicable) {
        const verdict: Verdict = transformed
          ? { status: 'INSUFFICIENT_DATA', message: transformed }
          : decideByCases(rule, resource, context, cases);
        findings.push(finding(rule, resource, location, verdict));
      }
    }
    options.onTemplate?.(i + 1, indexes.length);
  });
  return findings;
}

/**
 * The resources `evaluate` reports account-wide results on: the one template of
 * each environment that reports them, as an `AWS::::Account` resource of it.
 * `scan --templates` reads their acknowledgements as `check` would.
 */
export function accountResources(templates: readonly Template[], options: ResolveOptions = {}): TemplateResource[] {
  const indexes = templates.map((t) => new TemplateIndex(t, options));
  environmentsOf(indexes);
  return indexes.flatMap((i) => (i.accountResource ? [i.accountResource] : []));
}

/** Why a resource cannot be judged as written: a transform may change it before deployment. */
function transformedBy(resource: TemplateResource, macros: readonly string[], snippets: boolean): string | undefined {
  const fix = 'check the processed template instead (sam build, or the Processed stage of the deployed stack’s template)';
  if (macros.length) return `the template’s Transform ${macros.join(', ')} may change this resource before deployment; ${fix}`;
  const scoped = scopedTransformOf(resource.template.body, resource.type, resource.raw.Properties);
  if (scoped) return `the template’s Transform ${scoped} rewrites this resource before deployment; ${fix}`;
  if (snippets && hasSnippetTransform(resource.raw))
    return `an Fn::Transform in this resource may change it before deployment; ${fix}`;
  return undefined;
}

function locationOf(resource: TemplateResource): ResourceLocation {
  const t = resource.template;
  return {
    stack: t.stack,
    logicalId: resource.logicalId,
    type: resource.type,
    template: t.file,
    line: resource.line,
    constructPath: resource.constructPath,
    account: t.account,
    region: t.region,
  };
}

function finding(rule: Rule, resource: TemplateResource, location: ResourceLocation, verdict: Verdict): Finding {
  const result: Finding = {
    ruleId: rule.id,
    status: verdict.status,
    severity: rule.severity,
    resource: location,
    message: verdict.message,
    remediation: rule.remediation,
    configRule: rule.configRule,
    controls: rule.controls,
  };
  if (verdict.status === 'NON_COMPLIANT' || verdict.status === 'INSUFFICIENT_DATA') {
    const suppression: Suppression | undefined = templateSuppression(rule.id, resource);
    if (suppression) result.suppression = suppression;
  }
  return result;
}

/**
 * Which templates share an account and region. Templates bound to the same account
 * and region share it; a nested stack shares its parent's; a template whose account
 * or region is not known is its own environment, which others only may share. One
 * template of each environment reports the account-wide checks.
 */
function environmentsOf(indexes: readonly TemplateIndex[]): Map<TemplateIndex, Environment> {
  const byStack = new Map(indexes.filter((i) => i.template.parent === undefined).map((i) => [i.template.stack, i]));
  const top = (i: TemplateIndex): TemplateIndex => (i.template.parent !== undefined ? (byStack.get(i.template.parent) ?? i) : i);
  const keyOf = (i: TemplateIndex): string => {
    const t = top(i).template;
    return t.account !== undefined && t.region !== undefined ? `${t.account}/${t.region}` : `?${t.stack}\u0000${t.file}`;
  };
  const groups = new Map<string, TemplateIndex[]>();
  for (const index of indexes) {
    const key = keyOf(index);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  }
  const mayShare = (a: Template, b: Template) =>
    !(a.account !== undefined && b.account !== undefined && a.account !== b.account) &&
    !(a.region !== undefined && b.region !== undefined && a.region !== b.region);
  const out = new Map<TemplateIndex, Environment>();
  for (const [key, members] of groups) {
    const anchor = top(members[0]).template;
    const environment: Environment = {
      account: anchor.account,
      region: anchor.region,
      templates: members,
      possibly: indexes.filter((i) => keyOf(i) !== key && mayShare(top(i).template, anchor)),
    };
    for (const m of members) out.set(m, environment);
    const reporter = members.find((m) => m.template.parent === undefined && hasResources(m)) ?? members.find(hasResources);
    reporter?.reportAccount();
  }
  return out;
}

function hasResources(index: TemplateIndex): boolean {
  return index.resources.some((r) => r.type !== 'AWS::CDK::Metadata' && index.exists(r) !== false);
}

/**
 * Cross-stack references: CDK passes values between stacks as exports and
 * Fn::ImportValue. When the exporting stack is among those checked, an import
 * resolves to what it exports, and a relation in it leads into that stack.
 */
function linkStacks(indexes: readonly TemplateIndex[], scope: RunScope): void {
  const exporters = new Map<string, TemplateIndex>();
  let mapped = false;
  const lookup = (name: string): unknown | undefined => {
    if (!mapped) {
      mapped = true;
      for (const index of indexes) {
        for (const output of Object.values(index.template.body.Outputs ?? {})) {
          const exportName = (output as { Export?: { Name?: unknown } })?.Export?.Name;
          const resolved = exportName === undefined ? undefined : index.resolver.resolve(exportName);
          if (typeof resolved === 'string' && !exporters.has(resolved)) exporters.set(resolved, index);
        }
      }
    }
    return exporters.get(name)?.resolver.exportValue(name);
  };
  // Who imports what, in reverse, for relations looked up from the exporting side
  // (a flow log in a monitoring stack for a VPC in the network stack). Built on first use.
  let importers: Map<TemplateResource, Reference[]> | undefined;
  const importersOf = (to: TemplateResource): readonly Reference[] => {
    if (!importers) {
      importers = new Map();
      for (const index of indexes) {
        for (const from of index.resources) {
          const props = from.raw.Properties ?? {};
          for (const property in props) {
            for (const name of importedNames(props[property])) {
              const target = index.target(lookup(name));
              if (target && target.template !== from.template) {
                importers.set(target, [...(importers.get(target) ?? []), { from, property }]);
              }
            }
          }
        }
      }
    }
    return importers.get(to) ?? [];
  };
  const exports = indexes.some((i) =>
    Object.values(i.template.body.Outputs ?? {}).some((o) => (o as { Export?: unknown })?.Export),
  );
  for (const index of indexes) {
    index.resolver.imports = lookup;
    index.otherStack = (template) => scope.indexOfTemplate(template);
    if (exports) index.importers = importersOf;
  }
}

class RunScope implements Scope {
  private readonly cache = new Map<string, TemplateResource[]>();
  private readonly byTemplate: Map<Template, TemplateIndex>;
  constructor(readonly templates: readonly TemplateIndex[]) {
    this.byTemplate = new Map(templates.map((t) => [t.template, t]));
  }
  indexOf(resource: TemplateResource): TemplateIndex {
    return this.byTemplate.get(resource.template)!;
  }
  indexOfTemplate(template: Template): TemplateIndex | undefined {
    return this.byTemplate.get(template);
  }
  ofType(type: string): readonly TemplateResource[] {
    let list = this.cache.get(type);
    if (!list) {
      list = this.templates.flatMap((t) => t.ofType(type));
      this.cache.set(type, list);
    }
    // Existence is asked each time: under case assumptions a conditional resource may be absent.
    return list.some((r) => r.raw.Condition !== undefined) ? list.filter((r) => this.indexOf(r).exists(r) !== false) : list;
  }
}

export { isUnknown };
