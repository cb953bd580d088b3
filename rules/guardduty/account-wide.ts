import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Tri, asBoolean, or, recorded } from '../../lib/engine/facts';
import { Template } from '../../lib/engine/model';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown } from '../../lib/engine/unknown';

/*
 * Account-wide checks (a GuardDuty detector, a trail, Security Hub) are about an
 * account and region, not a resource: the engine reports them once per
 * environment, on an `AWS::::Account` pseudo-resource (AWS Config's own name for
 * the account). A resource counts only where it is certainly in the same account
 * and region; one in a template whose account or region is not known may be, so it
 * makes the result undecided rather than a pass for an account it may not be in.
 */

/** Facts of an account-wide presence check. */
export interface PresenceFacts {
  /** Whether a qualifying resource exists in the account and region. */
  readonly present: Tri;
}

/**
 * Whether a resource of `type` in the environment passes `test`; Unknown when none
 * certainly does and one that would is in a template that may share the environment.
 */
export function presenceFacts(context: RuleContext, type: string, test: (resource: TemplateResource) => Tri): PresenceFacts {
  const here = or(
    ...context.environment.templates.flatMap((t) =>
      t
        .ofType(type)
        .filter((r) => t.exists(r) !== false)
        .map(test),
    ),
  );
  if (here === true) return { present: true };
  for (const t of context.environment.possibly) {
    const candidate = t.ofType(type).find((r) => t.exists(r) !== false && test(r) !== false);
    if (candidate) {
      return {
        present: new Unknown(
          `${candidate.logicalId} (${type}) in ${t.template.file} may be in this account and region, but the account or region of one of the templates is not known; bind both to an environment (CDK env, or --account and --region)`,
        ),
      };
    }
  }
  return { present: here };
}

/**
 * The same fact read from AWS Config for the account-region being scanned: an item of
 * `type` that passes `test`. When the recorder does not record the type, no item
 * proves nothing, so the answer is unknown rather than absent.
 */
export function presenceInScope(scope: ConfigScope, type: string, test: (item: ConfigItem) => Tri): PresenceFacts {
  const here = or(...scope.ofType(type).map(test));
  if (here !== false || scope.records(type)) return { present: here };
  return {
    present: new Unknown(
      `AWS Config does not record ${type} in ${scope.accountId}/${scope.region}, so its absence proves nothing`,
    ),
  };
}

/** Whether some resource of `type` in the same environment passes `test`, counting only resources that exist. */
export function presentInEnvironment(
  _template: Template,
  context: RuleContext,
  type: string,
  test: (resource: TemplateResource) => Tri,
): Tri {
  return presenceFacts(context, type, test).present;
}

/** Resources of a type in every template certainly deployed to the same account and region (existing or undecided). */
export function ofTypeInEnvironment(_template: Template, { environment }: RuleContext, type: string): TemplateResource[] {
  return environment.templates.flatMap((t) => t.ofType(type).filter((r) => t.exists(r) !== false));
}

/** Whether two templates are certainly deployed to the same account: both bound to it. */
export function sameAccount(a: Template, b: Template): boolean {
  return a === b || (a.account !== undefined && a.account === b.account);
}

/** A property AWS Config records for the type, missing from the item: unknown, never a default. */
export function unrecorded(item: ConfigItem, property: string): Unknown {
  return new Unknown(`the ${item.resourceType} item ${item.resourceId} does not record ${property}`);
}

/** A boolean the item records at `path` of its configuration: unknown when missing or null, never a default. */
export function recordedBoolean(item: ConfigItem, path: string): boolean | Unknown {
  return asBoolean(recorded(item.configuration, path)) ?? unrecorded(item, path);
}
