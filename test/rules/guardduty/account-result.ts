import { Finding, Template } from '../../../lib/engine/model';
import { Rule } from '../../../lib/engine/rule';
import { run } from '../harness';

/** The result of an account-wide rule on the account pseudo-resource reported with one stack, when several templates are in the run. */
export function accountResult(rule: Rule, stack: string, ...templates: Template[]): Finding {
  const found = run(rule, ...templates).filter((f) => f.resource.logicalId === '(account)' && f.resource.stack === stack);
  if (found.length !== 1) throw new Error(`${rule.id} evaluated the account on stack ${stack} ${found.length} times`);
  return found[0];
}

/** Where the account-wide results of a run are reported: one stack per environment. */
export function reportingStacks(rule: Rule, ...templates: Template[]): string[] {
  return run(rule, ...templates)
    .filter((f) => f.resource.logicalId === '(account)')
    .map((f) => f.resource.stack!);
}

/** Bound to one account and region, as a CDK stack with an env is. */
export const LONDON = { account: '111122223333', region: 'eu-west-2' };
