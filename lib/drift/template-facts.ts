import { Finding, Template } from '../engine/model';
import { Rule } from '../engine/rule';
import { declaredKey } from './declared';

/** Rules that read both a template and a Config item into the same facts: the ones intent drift can compare. */
export function comparableRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => r.adapters.template && r.adapters.configItem);
}

/** What the template side said about one resource under one rule. */
export interface TemplateSide {
  /** Every read of the facts: more than one when the engine decided by cases (conditions, allowed values). */
  readonly reads: unknown[];
  finding?: Finding;
}

/**
 * The same rules with a template adapter that also records the facts it reads,
 * so that the engine's own evaluation (with its relations, cross-stack imports,
 * conditions and transforms) yields both the template verdict and its facts.
 */
export function recordingFacts(rules: readonly Rule[]): { rules: Rule[]; sides: Map<string, TemplateSide> } {
  const sides = new Map<string, TemplateSide>();
  const wrapped = rules.map((rule): Rule => {
    const adapter = rule.adapters.template!;
    return {
      ...rule,
      adapters: {
        template: {
          resourceTypes: adapter.resourceTypes,
          facts(resource, context) {
            const facts = adapter.facts(resource, context);
            const key = sideKey(resource.template, resource.logicalId, rule.id);
            const side = sides.get(key) ?? sides.set(key, { reads: [] }).get(key)!;
            side.reads.push(facts);
            return facts;
          },
        },
      },
    };
  });
  return { rules: wrapped, sides };
}

/** Attaches each finding of the recorded evaluation to its side. */
export function attachFindings(
  sides: Map<string, TemplateSide>,
  findings: readonly Finding[],
  templates: readonly Template[],
): void {
  const byFile = new Map(templates.map((t) => [`${t.file}\u0000${t.stack}`, t]));
  for (const f of findings) {
    const template = byFile.get(`${f.resource.template}\u0000${f.resource.stack}`);
    if (!template || f.resource.logicalId === undefined) continue;
    const side = sides.get(sideKey(template, f.resource.logicalId, f.ruleId));
    if (side) side.finding = f;
  }
}

export function sideKey(template: Template, logicalId: string, ruleId: string): string {
  return `${declaredKey(template, logicalId)}\u0000${ruleId}`;
}
