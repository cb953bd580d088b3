import { Annotations, IAspect, Stack, Token, UnscopedValidationError } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { UK_REGIONS } from './defaults';
import { warnWeakened } from './support';

/** A region outside the allow-list that a team has decided to use, and why. */
export interface ResidencyException {
  readonly region: string;
  /** Why data may live there, e.g. the DPIA reference that approved it. Required. */
  readonly reason: string;
}

export interface UkDataResidencyProps {
  /** Regions stacks may be bound to. @default ['eu-west-2'] (London) */
  readonly allowedRegions?: string[];
  /**
   * Other regions, each with its reason. Each one used emits
   * `@palisade/uk-data-residency:exception` carrying the reason.
   * @default - none
   */
  readonly exceptions?: ResidencyException[];
  /**
   * Accept stacks with no region (environment-agnostic); they emit
   * `@palisade/uk-data-residency:region-unknown` because residency cannot be checked.
   * @default true
   */
  readonly allowEnvironmentAgnostic?: boolean;
}

/**
 * An Aspect that fails synthesis (an error annotation on the stack) when a stack is
 * bound to a region outside the allow-list. Use: `Aspects.of(app).add(new UkDataResidency())`.
 */
export class UkDataResidency implements IAspect {
  private readonly allowed: ReadonlySet<string>;
  private readonly exceptions: ReadonlyMap<string, string>;
  private readonly allowAgnostic: boolean;

  constructor(props: UkDataResidencyProps = {}) {
    const allowed = props.allowedRegions ?? [...UK_REGIONS];
    for (const r of allowed) checkRegion('allowedRegions', r);
    const exceptions = new Map<string, string>();
    for (const e of props.exceptions ?? []) {
      checkRegion('exceptions', e.region);
      if (typeof e.reason !== 'string' || e.reason.trim().length < 10) {
        throw new UnscopedValidationError(
          'PalisadeInvalidProp' as ConstructorParameters<typeof UnscopedValidationError>[0],
          `exceptions: region '${e.region}' has reason ${JSON.stringify(e.reason ?? null)}; give the reason (e.g. the DPIA that approved it) in at least 10 characters`,
        );
      }
      exceptions.set(e.region, e.reason.trim());
    }
    this.allowed = new Set(allowed);
    this.exceptions = exceptions;
    this.allowAgnostic = props.allowEnvironmentAgnostic ?? true;
  }

  public visit(node: IConstruct): void {
    if (!Stack.isStack(node) || node.nestedStackParent) return;
    const region = node.region;
    if (Token.isUnresolved(region)) {
      const message = `stack ${node.stackName} is not bound to a region, so UK data residency cannot be checked; set env: { region: 'eu-west-2' }`;
      if (this.allowAgnostic) warnWeakened(node, 'uk-data-residency', 'region-unknown', message);
      else Annotations.of(node).addError(`[UkDataResidency] ${message}`);
      return;
    }
    if (this.allowed.has(region)) return;
    const reason = this.exceptions.get(region);
    if (reason) {
      warnWeakened(
        node,
        'uk-data-residency',
        'exception',
        `stack ${node.stackName} is in ${region}, outside ${[...this.allowed].join(', ')}, by exception: ${reason}`,
      );
      return;
    }
    Annotations.of(node).addError(
      `[UkDataResidency] stack ${node.stackName} is bound to region ${region}; allowed: ${[...this.allowed].join(', ')}. Deploy to an allowed region, or add { region: '${region}', reason } to the exceptions`,
    );
  }
}

function checkRegion(prop: string, region: string): void {
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new UnscopedValidationError(
      'PalisadeInvalidProp' as ConstructorParameters<typeof UnscopedValidationError>[0],
      `${prop}: ${JSON.stringify(region)} is not allowed; use region names such as 'eu-west-2'`,
    );
  }
}
