import { evaluate } from '../../lib/engine/evaluate';
import { Finding, RawResource, Status, Template } from '../../lib/engine/model';
import { Rule } from '../../lib/engine/rule';
import { parseTemplate } from '../../lib/sources/template/parse';

/** A template from a fragment: `{ Resources: {...}, Parameters?, Conditions? }` or just the resources. */
export function template(
  fragment: { Resources: Record<string, RawResource>; [k: string]: unknown } | Record<string, RawResource>,
  options: { stack?: string; region?: string; account?: string } = {},
): Template {
  const body =
    'Resources' in fragment && typeof fragment.Resources === 'object' && !('Type' in fragment.Resources)
      ? fragment
      : { Resources: fragment };
  return parseTemplate(JSON.stringify(body), 'test.template.json', { stack: options.stack ?? 'Test', ...options });
}

/** Every result of one rule over the given templates. */
export function run(rule: Rule, ...templates: Template[]): Finding[] {
  return evaluate([rule], templates).filter((f) => f.ruleId === rule.id);
}

/** The status the rule gives one resource (by logical id). Throws when the rule did not evaluate it. */
export function statusOf(rule: Rule, logicalId: string, ...templates: Template[]): Status {
  return resultOf(rule, logicalId, ...templates).status;
}

export function resultOf(rule: Rule, logicalId: string, ...templates: Template[]): Finding {
  const found = run(rule, ...templates).filter((f) => f.resource.logicalId === logicalId);
  if (found.length !== 1) throw new Error(`${rule.id} evaluated ${logicalId} ${found.length} times`);
  return found[0];
}

/** A parameter reference, for undecidable cases: its value is not known until deployment. */
export const PARAM = { Ref: 'Input' };
export const PARAMETERS = { Input: { Type: 'String' } };
