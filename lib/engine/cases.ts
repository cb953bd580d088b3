/**
 * Deciding by cases. Where a template names the alternatives of a value it leaves
 * open (an undecidable Condition, which a Fn::If or a conditional resource depends
 * on; a parameter with AllowedValues), the engine evaluates each alternative rather
 * than guess. The resolver reports every such variable it meets while a rule reads
 * its facts; the run then fixes the variables one by one and reads again.
 */

export type CaseValue = boolean | string;

/** One open choice a template names: a condition (true or false) or a parameter with allowed values. */
export interface CaseVariable {
  /** Unique in the run: stack, kind and name. */
  readonly key: string;
  /** For messages: `IsProd`, or `parameter Env`. */
  readonly label: string;
  readonly stack: string;
  readonly domain: readonly CaseValue[];
}

/** Most combinations a single result is evaluated under; beyond it the result is INSUFFICIENT_DATA. */
export const MAX_CASES = 64;

/** The assumptions in force and the variables met since a mark: shared by every resolver of a run. */
export class Cases {
  private assumed = new Map<string, CaseValue>();
  /** Every variable met, in order, repeats included: cheap to append, read from a mark. */
  private readonly log: CaseVariable[] = [];
  /** Changes whenever the assumptions do, so caches made under other assumptions are not reused. */
  generation = 0;

  get active(): boolean {
    return this.assumed.size > 0;
  }

  valueOf(key: string): CaseValue | undefined {
    return this.assumed.size === 0 ? undefined : this.assumed.get(key);
  }

  touch(variable: CaseVariable): void {
    this.log.push(variable);
  }

  mark(): number {
    return this.log.length;
  }

  /** The variables met since a mark. */
  since(mark: number): CaseVariable[] {
    return mark === this.log.length ? NONE : this.log.slice(mark);
  }

  /** Truncates the log to a mark, so that a long run does not keep every variable it ever met. */
  reset(mark: number): void {
    this.log.length = mark;
  }

  /** Runs `fn` under a set of assumptions (none for the base reading), restoring the previous ones after. */
  under<T>(assumptions: ReadonlyMap<string, CaseValue>, fn: () => T): T {
    const previous = this.assumed;
    this.assumed = assumptions as Map<string, CaseValue>;
    this.generation++;
    try {
      return fn();
    } finally {
      this.assumed = previous;
      this.generation++;
    }
  }
}

const NONE: CaseVariable[] = [];

/** "IsProd is false", "parameter Env is dev", with the stack when it is not the resource's own. */
export function describeCase(
  assumptions: ReadonlyMap<string, CaseValue>,
  variables: ReadonlyMap<string, CaseVariable>,
  ownStack: string,
): string {
  const parts: string[] = [];
  for (const [key, value] of assumptions) {
    const v = variables.get(key);
    if (!v) continue;
    parts.push(`${v.label}${v.stack === ownStack ? '' : ` (stack ${v.stack})`} is ${String(value)}`);
  }
  return parts.join(' and ');
}
