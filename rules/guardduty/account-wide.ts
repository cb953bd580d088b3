import { Template } from '../../lib/engine/model';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { anyTrue } from '../cloudwatch/values';

/*
 * Account-wide checks (a GuardDuty detector, a trail, Security Hub) are about an
 * account and region, not a resource, so they sit on the Palisade::Stack
 * pseudo-resource. AWS Config evaluates them once per account; to match that and
 * stay quiet, a run reports each one once per environment (account and region as
 * far as the templates say), on the first top-level stack of that environment that
 * defines any resource. Every other stack gets NOT_APPLICABLE naming where the
 * result is. A resource in any template of the same environment counts, so a
 * detector in a shared security stack satisfies every workload stack.
 */

/** Facts of an account-wide presence check, as one stack sees them. */
export interface PresenceFacts {
  /** Why this stack does not report the check; absent on the reporting stack. */
  readonly skip?: string;
  /** Whether a qualifying resource exists in the environment. */
  readonly present: boolean | Unknown;
}

/**
 * Presence facts for a stack: `present` says whether a resource of `type` in the
 * same environment passes `test` (true, false or Unknown for that resource).
 */
export function presenceFacts(
  stack: TemplateResource,
  context: RuleContext,
  type: string,
  test: (resource: TemplateResource) => boolean | Unknown,
): PresenceFacts {
  const skip = reportingSkip(stack, context);
  // Read account-wide facts only where the check is reported: an undecidable resource
  // elsewhere must not turn a stack that does not report into INSUFFICIENT_DATA.
  return skip ? { skip, present: false } : { present: presentInEnvironment(stack.template, context, type, test) };
}

/** Why a stack does not report account-wide checks, or undefined when it does. */
export function reportingSkip(stack: TemplateResource, { index, scope }: RuleContext): string | undefined {
  if (stack.get('Nested') === true) return 'nested stack: account-wide checks are reported on its top-level stack';
  if (!hasResources(index)) return 'stack defines no resources';
  const key = environmentKey(index.template);
  const reporter = scope.templates.find(
    (t) => t.template.parent === undefined && hasResources(t) && environmentKey(t.template) === key,
  );
  if (reporter && reporter !== index) return `reported once per account and region, on stack ${reporter.template.stack}`;
  return undefined;
}

/** Whether some resource of `type` in the same environment passes `test`, counting only resources that exist. */
export function presentInEnvironment(
  template: Template,
  { scope }: RuleContext,
  type: string,
  test: (resource: TemplateResource) => boolean | Unknown,
): boolean | Unknown {
  const results: (boolean | Unknown)[] = [];
  for (const t of scope.templates) {
    if (!sameEnvironment(t.template, template)) continue;
    for (const r of t.ofType(type)) {
      const exists = t.exists(r);
      if (exists === false) continue;
      const value = test(r);
      if (exists === true || value === false) results.push(value);
      else results.push(isUnknown(value) ? value : (exists as Unknown));
    }
  }
  return anyTrue(results);
}

/** Resources of a type in every template of the same environment (existing or undecided). */
export function ofTypeInEnvironment(template: Template, { scope }: RuleContext, type: string): TemplateResource[] {
  return scope.templates
    .filter((t) => sameEnvironment(t.template, template))
    .flatMap((t) => t.ofType(type).filter((r) => t.exists(r) !== false));
}

/** Same account and region, where a template that does not say is taken to match any. */
export function sameEnvironment(a: Template, b: Template): boolean {
  return sameAccount(a, b) && (a.region === undefined || b.region === undefined || a.region === b.region);
}

export function sameAccount(a: Template, b: Template): boolean {
  return a.account === undefined || b.account === undefined || a.account === b.account;
}

function environmentKey(t: Template): string {
  return `${t.account ?? '?'}/${t.region ?? '?'}`;
}

function hasResources(index: TemplateIndex): boolean {
  return index.resources.some((r) => r.type !== 'AWS::CDK::Metadata' && index.exists(r) !== false);
}
