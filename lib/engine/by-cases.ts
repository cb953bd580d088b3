import { CaseValue, CaseVariable, Cases, MAX_CASES, describeCase } from './cases';
import { Rule, RuleContext, Verdict, decide, needsReview } from './rule';
import { TemplateResource } from './template-index';

interface Leaf {
  readonly assumptions: ReadonlyMap<string, CaseValue>;
  readonly verdict: Verdict;
}

/**
 * Runs one rule on one template resource, deciding by cases where the facts depend
 * on a choice the template names: every combination of the conditions and allowed
 * parameter values met while reading is evaluated. All pass: pass; any fails: fail,
 * naming the case; otherwise the first undecided case. A resource is read as it
 * would exist, so its own Condition is taken to hold.
 */
export function decideByCases(rule: Rule, resource: TemplateResource, context: RuleContext, cases: Cases): Verdict {
  const adapter = rule.adapters.template;
  if (!adapter) return { status: 'NOT_APPLICABLE', message: 'the rule does not read templates' };
  const read = () => adapter.facts(resource, context);
  const seed = new Map<string, CaseValue>();
  if (typeof resource.raw.Condition === 'string') seed.set(context.index.resolver.conditionKey(resource.raw.Condition), true);

  const mark = cases.mark();
  const first = seed.size ? cases.under(seed, () => decide(rule, read)) : decide(rule, read);
  const met = cases.since(mark).some((v) => !seed.has(v.key));
  if (!met) {
    cases.reset(mark);
    return first;
  }

  const variables = new Map<string, CaseVariable>();
  const leaves: Leaf[] = [];
  const explore = (assumptions: Map<string, CaseValue>): boolean => {
    const m = cases.mark();
    const verdict = cases.under(assumptions, () => decide(rule, read));
    const open = cases.since(m).find((v) => !assumptions.has(v.key));
    cases.reset(m);
    if (!open) {
      leaves.push({ assumptions, verdict });
      return leaves.length <= MAX_CASES;
    }
    variables.set(open.key, open);
    for (const value of open.domain) {
      if (!explore(new Map([...assumptions, [open.key, value]]))) return false;
    }
    return true;
  };
  const withinBudget = explore(new Map(seed));
  cases.reset(mark);
  if (!withinBudget) {
    return needsReview(`the result depends on more than ${MAX_CASES} combinations of conditions and parameter values`);
  }
  return combine(leaves, variables, resource.template.stack);
}

function combine(leaves: readonly Leaf[], variables: ReadonlyMap<string, CaseVariable>, stack: string): Verdict {
  const when = (leaf: Leaf) => describeCase(leaf.assumptions, variables, stack);
  const failing = leaves.filter((l) => l.verdict.status === 'NON_COMPLIANT');
  if (failing.length === leaves.length) return failing[0].verdict;
  if (failing.length > 0) {
    const shown = failing.slice(0, 3).map((l) => `when ${when(l)}: ${l.verdict.message}`);
    const more = failing.length > 3 ? `; and ${failing.length - 3} more cases` : '';
    return { status: 'NON_COMPLIANT', message: shown.join('; ') + more };
  }
  const undecided = leaves.find((l) => l.verdict.status === 'INSUFFICIENT_DATA');
  if (undecided) return { status: 'INSUFFICIENT_DATA', message: `when ${when(undecided)}: ${undecided.verdict.message}` };
  return leaves.find((l) => l.verdict.status === 'COMPLIANT')?.verdict ?? leaves[0].verdict;
}
