/**
 * What one run reports, whatever its source (templates for `check`, AWS Config
 * items for `scan`): the pipeline builds it, the policy gates add to it, and
 * every renderer reads it. It imports nothing from the gates or renderers.
 */
import { Coverage, CoverageGap, Finding, ResourceLocation, Severity, Status, Suppression } from '../engine/model';
import { Rule } from '../engine/rule';

/** The lowest level of result that fails the run (exit code 1). */
export const FAIL_ON = ['error', 'warning', 'insufficient-data', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface GateOptions {
  readonly failOn: FailOn;
  /** Only results the baseline classified as new can fail the run. */
  readonly failOnNew?: boolean;
}

/** An exception from the exceptions file that would hide this result, but whose date has passed. */
export interface ExpiredException {
  /** 0-based position in the file's `exceptions` list. */
  readonly index: number;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

/** A result as the reports show it: the engine's finding plus what the policy gates added. */
/** A suppression written in the template that the policy gates did not honour, and why. */
export type IgnoredSuppression = Suppression & { readonly why: string };

/** A result as the reports show it: the engine's finding plus what the policy gates added. */
export type ReportedFinding = Finding & { expiredException?: ExpiredException; ignoredSuppression?: IgnoredSuppression };

/** One entry of an exceptions file, as read. */
export interface ExceptionEntry {
  /** 0-based position in the `exceptions` list, as error messages and reports name it. */
  readonly index: number;
  readonly line?: number;
  readonly rule: string;
  readonly resource: string;
  readonly reason: string;
  readonly owner: string;
  /** YYYY-MM-DD; the exception holds to the end of that day (UTC). */
  readonly expires: string;
}

export type ExceptionStatus = 'applied' | 'expired' | 'stale';

/** One entry of the exceptions file and what became of it in this run. */
export interface ExceptionOutcome extends ExceptionEntry {
  readonly status: ExceptionStatus;
  /** Failing results (NON_COMPLIANT or INSUFFICIENT_DATA) the entry matched. */
  readonly matched: number;
  /** Why an entry is stale or expired, in a sentence. */
  readonly note?: string;
}

export interface ExceptionsSection {
  readonly file: string;
  readonly entries: ExceptionOutcome[];
}

/** A failing result of the previous report that no longer fails. */
export interface ResolvedResult {
  readonly ruleId: string;
  readonly status: Status;
  readonly severity: Severity;
  readonly resource: ResourceLocation;
  readonly message: string;
}

export interface BaselineSection {
  readonly file: string;
  readonly new: number;
  readonly existing: number;
  readonly resolved: ResolvedResult[];
}

export type { Coverage, CoverageGap };

export const COMPLETE: Coverage = { complete: true, gaps: [] };

/** A rule of the selected pack that this run did not evaluate, and why: never a silent pass. */
export interface NotEvaluated {
  readonly ruleId: string;
  /** e.g. `skipped with --skip-check`, `not selected by --check`. */
  readonly reason: string;
}

/** Where in the app's own code a construct was created (from CDK's creation stack traces). */
export interface SourceSite {
  /** Absolute path, as the trace recorded it. */
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

export interface ReportInput {
  readonly path: string;
  readonly sha256?: string;
  readonly error?: string;
}

/** One resource that AWS Config's managed rule and the Palisade rule mirroring it judge differently. */
export interface ConfigRuleDifference {
  readonly ruleId: string;
  readonly configRule: string;
  /** The rule's name in the account (a conformance pack or organisation adds a suffix). */
  readonly configRuleName: string;
  readonly account: string;
  readonly region: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly arn?: string;
  readonly aws: string;
  readonly palisade: Status;
}

/** What `--compare-config-rules` found: the managed rules read, and where the verdicts differ. */
export interface ConfigRuleComparison {
  /** Deployed managed rules that mirror a Palisade rule of this run, with how many evaluations each returned. */
  readonly rules: { configRule: string; configRuleName: string; account: string; region: string; evaluations: number }[];
  /** Resources both evaluated whose statuses differ. */
  readonly differences: ConfigRuleDifference[];
  /** Resources both evaluated with the same status. */
  readonly agreed: number;
  /** Resources only AWS Config evaluated (no Palisade result on that resource for that rule). */
  readonly onlyAws: number;
  /** What could not be read: these also make the run incomplete. */
  readonly gaps: CoverageGap[];
}

/** Everything a renderer may need about one run. */
export interface RunReport {
  readonly findings: readonly ReportedFinding[];
  /** The rules evaluated in this run (the selected pack). */
  readonly rules: readonly Rule[];
  readonly inputs: ReportInput[];
  readonly version: string;
  readonly now: Date;
  /** Directory that file locations are made relative to. */
  readonly cwd: string;
  readonly coverage: Coverage;
  /** Rules of the pack left out by --check or --skip-check. */
  readonly notEvaluated?: readonly NotEvaluated[];
  /** Absolute directory SARIF URIs are relative to (default: the working directory). */
  readonly sarifBase?: string;
  /** Creation sites by construct path, when the cloud assembly recorded them. */
  readonly sourceSites?: ReadonlyMap<string, SourceSite>;
  readonly exceptions?: ExceptionsSection;
  readonly baseline?: BaselineSection;
  readonly gate: GateOptions;
  /** `scan --compare-config-rules`: where AWS Config's managed rules and ours disagree. */
  readonly configRules?: ConfigRuleComparison;
}
