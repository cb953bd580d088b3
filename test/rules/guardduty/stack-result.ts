import { Finding, Template } from '../../../lib/engine/model';
import { Rule } from '../../../lib/engine/rule';
import { run } from '../harness';

/** The result of an account-wide rule on one stack's pseudo-resource, when several templates are in the run. */
export function stackResult(rule: Rule, stack: string, ...templates: Template[]): Finding {
  const found = run(rule, ...templates).filter((f) => f.resource.logicalId === '(stack)' && f.resource.stack === stack);
  if (found.length !== 1) throw new Error(`${rule.id} evaluated stack ${stack} ${found.length} times`);
  return found[0];
}
