import { Coverage, Severity, Status } from '../engine/model';
import { DriftKind } from '../policy-gates/exceptions';

export type { DriftKind };

/** Where a drifted resource is: in a template, in an account, or both. */
export interface DriftResource {
  readonly type: string;
  readonly arn?: string;
  readonly resourceId?: string;
  readonly stack?: string;
  readonly logicalId?: string;
  readonly account?: string;
  readonly region?: string;
  /** The template file that declares it (intent and missing drift). */
  readonly template?: string;
}

/** One side of an intent drift: what the facts say, and what the rule concludes from them. */
export interface DriftSide {
  readonly value: string;
  readonly status: Status;
  readonly message: string;
}

export type VerdictChange = 'new' | 'resolved' | 'regressed';

/** One difference between what was approved and what runs (or between two reports). */
export interface Drift {
  readonly kind: DriftKind;
  readonly resource: DriftResource;
  readonly ruleId?: string;
  readonly severity: Severity;
  readonly message: string;
  /** intent: the facts whose values differ, by the rule's own names for them. */
  readonly facts?: readonly string[];
  readonly template?: DriftSide;
  readonly deployed?: DriftSide;
  /** verdict: what changed between the two reports, and the statuses before and after. */
  readonly change?: VerdictChange;
  readonly before?: Status;
  readonly after?: Status;
  /** Set by the exceptions file: accepted drift stays in the report, marked. */
  suppression?: { readonly reason: string; readonly owner: string; readonly expires: string; readonly source: string };
  expiredException?: { readonly index: number; readonly reason: string; readonly owner: string; readonly expires: string };
}

/** Counts a reader needs to trust an empty result: what was compared, and what could not be. */
export interface DriftStats {
  /** Deployed items read (after merging a multi-region resource seen in several regions). */
  items?: number;
  /** Items seen in more than one region and counted once (multi-region trails). */
  merged?: number;
  /** Items matched to a resource of a checked stack. */
  matched?: number;
  /** Rule and resource pairs compared for intent drift. */
  compared?: number;
  /** Pairs that could not be compared (a fact unknown on either side), with why. */
  notComparable?: number;
  /** Items left out of unmanaged as AWS-created defaults, and by --allow-unmanaged. */
  awsDefaults?: number;
  allowListed?: number;
  /** Untagged items of types CloudFormation cannot tag, each possibly one of the declared resources not found beside it. */
  notAttributable?: number;
  /** Items in nested stacks of a checked stack: not compared (their deployed stack names are generated). */
  nested?: number;
  /** Declared resources not looked for: conditional, or of a type AWS Config does not record here. */
  notLookedFor?: number;
}

export interface DriftReport {
  readonly drift: Drift[];
  readonly stats: DriftStats;
  readonly coverage: Coverage;
  /** Rules whose template and Config adapters this run compared. */
  readonly comparedRules: readonly string[];
  readonly inputs: readonly { readonly path: string; readonly sha256?: string }[];
}
