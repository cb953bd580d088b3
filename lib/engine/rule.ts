import { ConfigItem, ConfigScope, Lookup } from './config-item';
import { Controls, Severity, Status } from './model';
import { TemplateIndex, TemplateResource } from './template-index';
import { Unknown, unknownsIn } from './unknown';

/** What a rule's adapter may look at besides the resource itself. */
export interface RuleContext {
  /** The resource's own template. */
  readonly index: TemplateIndex;
  /** Every template in this run. */
  readonly scope: Scope;
  /** The account and region the resource's template deploys to, and which templates share it. */
  readonly environment: Environment;
}

/**
 * An account and region as far as the templates say. Facts from another template
 * count for account-wide checks only when both are bound to the same account and
 * region; a template whose account or region is not known may or may not share it.
 */
export interface Environment {
  readonly account?: string;
  readonly region?: string;
  /** Templates certainly deployed here: this one, its nested stacks, stacks bound to the same account and region. */
  readonly templates: readonly TemplateIndex[];
  /** Templates that may be deployed here: their account or region, or this one's, is not known. */
  readonly possibly: readonly TemplateIndex[];
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
  /**
   * Unknown facts the decision does not rest on, named by evaluate (two known zones
   * make a function multi-AZ whatever a third subnet is). Every other Unknown in the
   * facts turns a pass into INSUFFICIENT_DATA.
   */
  readonly despite?: readonly Unknown[];
}

/** Reads one CloudFormation resource (and its template index) into a rule's facts. */
export interface TemplateAdapter<F> {
  readonly resourceTypes: readonly string[];
  facts(resource: TemplateResource, context: RuleContext): F;
}

/** Reads one AWS Config configuration item (and its account-region) into the same facts. */
export interface ConfigItemAdapter<F> {
  readonly resourceTypes: readonly string[];
  /**
   * The types `facts` reads from its account-region (`scope.ofType/get/records`).
   * A scan keeps their items until the read ends; a lookup of any other type is
   * answered "not recorded", so a missing declaration can only leave a result undecided.
   */
  readonly looksUp?: readonly Lookup[];
  facts(item: ConfigItem, scope: ConfigScope): F;
}

/** The sources a rule can read, each with its own adapter. */
export interface Adapters<F> {
  readonly template?: TemplateAdapter<F>;
  readonly configItem?: ConfigItemAdapter<F>;
}

export type Source = keyof Adapters<unknown>;

/**
 * A rule is written once: metadata, a pure `evaluate` on facts, and an adapter
 * per source that reads a resource into those facts. A fact an adapter cannot
 * know is an Unknown; `decide` (shared by every source) never lets a pass rest
 * on one, and turns a rule that throws into INSUFFICIENT_DATA.
 */
export interface Rule<F = any> {
  /** Descriptive and stable, e.g. `S3BucketSslRequestsOnly`; it is what users acknowledge. */
  readonly id: string;
  readonly title: string;
  /** Why the rule matters, in a sentence or two. */
  readonly description: string;
  readonly severity: Severity;
  readonly controls: Controls;
  /** The AWS Config managed rule this mirrors, as AWS spells its identifier. */
  readonly configRule?: string;
  readonly remediation: string;
  readonly adapters: Adapters<F>;
  evaluate(facts: F): Verdict;
}

export type RuleDefinition<F> = Omit<Rule<F>, 'controls' | 'adapters'> & {
  readonly controls: Partial<Controls>;
} & Adapters<F>;

export function defineRule<F>(definition: RuleDefinition<F>): Rule<F> {
  const { template, configItem, controls: c, ...rest } = definition;
  return {
    ...rest,
    adapters: { template, configItem },
    controls: {
      ncscCsp: c.ncscCsp ?? [],
      tenSteps: c.tenSteps ?? [],
      cyberEssentials: c.cyberEssentials ?? [],
      internetFirst: c.internetFirst ?? [],
    },
  };
}

export const pass = (message: string, despite?: readonly Unknown[]): Verdict =>
  despite?.length ? { status: 'COMPLIANT', message, despite } : { status: 'COMPLIANT', message };
export const fail = (message: string): Verdict => ({ status: 'NON_COMPLIANT', message });
export const notApplicable = (message: string, despite?: readonly Unknown[]): Verdict =>
  despite?.length ? { status: 'NOT_APPLICABLE', message, despite } : { status: 'NOT_APPLICABLE', message };
export const needsReview = (message: string): Verdict => ({ status: 'INSUFFICIENT_DATA', message });

/** Every resource type a rule reads, over all its sources, without repeats. */
export function resourceTypesOf(rule: Rule): string[] {
  return [...new Set([...(rule.adapters.template?.resourceTypes ?? []), ...(rule.adapters.configItem?.resourceTypes ?? [])])];
}

/**
 * The one place a verdict is made, whatever the source: a pass or not-applicable
 * that rests on an Unknown fact becomes INSUFFICIENT_DATA naming it, and a rule
 * that throws becomes INSUFFICIENT_DATA, never a crash.
 */
export function decide<F>(rule: Rule<F>, read: () => F): Verdict {
  try {
    const facts = read();
    const verdict = rule.evaluate(facts);
    if (verdict.status === 'COMPLIANT' || verdict.status === 'NOT_APPLICABLE') {
      const unknowns = unknownsIn(facts).filter((u) => !verdict.despite?.includes(u));
      if (unknowns.length > 0) return needsReview(`cannot decide: ${describeUnknowns(unknowns)}`);
    }
    return verdict.despite ? { status: verdict.status, message: verdict.message } : verdict;
  } catch (e) {
    return needsReview(`rule could not evaluate this resource (${(e as Error).message})`);
  }
}

function describeUnknowns(unknowns: { reason: string }[]): string {
  return [...new Set(unknowns.map((u) => u.reason))].slice(0, 3).join('; ');
}
