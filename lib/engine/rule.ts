import { Controls, Severity, Status } from './model';
import { TemplateIndex, TemplateResource } from './template-index';

/** What a rule's adapter may look at besides the resource itself. */
export interface RuleContext {
  /** The resource's own template. */
  readonly index: TemplateIndex;
  /** Every template in this run, for account-wide facts (a GuardDuty detector in another stack). */
  readonly scope: Scope;
}

export interface Scope {
  readonly templates: readonly TemplateIndex[];
  /** Resources of a type across every template in the run. */
  ofType(type: string): readonly TemplateResource[];
  /** The index of the template a resource belongs to (for relations of a resource found through `ofType`). */
  indexOf(resource: TemplateResource): TemplateIndex;
}

export interface Verdict {
  readonly status: Status;
  readonly message: string;
}

/**
 * A rule is written once: adapters turn a resource into facts (from a template
 * today, from an AWS Config configuration item too), and `evaluate` decides on
 * facts alone. A fact the adapter cannot know is an Unknown; evaluate must turn
 * it into INSUFFICIENT_DATA, and the engine refuses a pass that rests on one.
 */
export interface Rule<F = any> {
  /** Descriptive and stable, e.g. `S3BucketSslRequestsOnly`; it is what users acknowledge. */
  readonly id: string;
  readonly title: string;
  /** Why the rule matters, in a sentence or two. */
  readonly description: string;
  readonly severity: Severity;
  readonly resourceTypes: readonly string[];
  readonly controls: Controls;
  /** The AWS Config managed rule this mirrors, as AWS spells its identifier. */
  readonly configRule?: string;
  readonly remediation: string;
  fromTemplate(resource: TemplateResource, context: RuleContext): F;
  evaluate(facts: F): Verdict;
}

export type RuleDefinition<F> = Omit<Rule<F>, 'controls'> & { readonly controls: Partial<Controls> };

export function defineRule<F>(definition: RuleDefinition<F>): Rule<F> {
  const c = definition.controls;
  return {
    ...definition,
    controls: {
      ncscCsp: c.ncscCsp ?? [],
      tenSteps: c.tenSteps ?? [],
      cyberEssentials: c.cyberEssentials ?? [],
      internetFirst: c.internetFirst ?? [],
    },
  };
}

export const pass = (message: string): Verdict => ({ status: 'COMPLIANT', message });
export const fail = (message: string): Verdict => ({ status: 'NON_COMPLIANT', message });
export const notApplicable = (message: string): Verdict => ({ status: 'NOT_APPLICABLE', message });
export const needsReview = (message: string): Verdict => ({ status: 'INSUFFICIENT_DATA', message });
