import { Finding, ResourceLocation, Severity, Status, Suppression } from '../engine/model';
import { Rule } from '../engine/rule';
import type { ExceptionEntry } from '../policy-gates/exceptions';
import type { GateOptions } from '../policy-gates/gate';

/** An exception from the exceptions file that would hide this result, but whose date has passed. */
export interface ExpiredException {
  /** 0-based position in the file's `exceptions` list. */
  readonly index: number;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

/** A suppression written in the template that the policy gates did not honour, and why. */
export type IgnoredSuppression = Suppression & { readonly why: string };

/** A result as the reports show it: the engine's finding plus what the policy gates added. */
export type ReportedFinding = Finding & { expiredException?: ExpiredException; ignoredSuppression?: IgnoredSuppression };

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
  readonly exceptions?: ExceptionsSection;
  readonly baseline?: BaselineSection;
  readonly gate: GateOptions;
}

export interface ReportInput {
  readonly path: string;
  readonly sha256?: string;
  readonly error?: string;
}
