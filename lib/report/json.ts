import { createHash } from 'crypto';
import { Finding } from '../engine/model';
import {
  BaselineSection,
  COMPLETE,
  ConfigRuleComparison,
  Coverage,
  ExceptionsSection,
  NotEvaluated,
  ReportInput,
  RunReport,
} from '../run/report';
import { Summary, summarise } from './summary';

export type { ReportInput } from '../run/report';

export interface FindingsReport {
  tool: { name: 'palisade'; version: string };
  generatedAt: string;
  inputs: ReportInput[];
  summary: Summary;
  /** What the run could read; a runtime scan with gaps is incomplete (exit code 4). */
  coverage: Coverage;
  results: Finding[];
  /** Present with --check or --skip-check: the pack's rules this run did not evaluate, and why. */
  notEvaluated?: NotEvaluated[];
  /** Present when an exceptions file was read: every entry, applied, expired or stale. */
  exceptions?: ExceptionsSection;
  /** Present with --baseline: counts of new and existing failing results, and the resolved ones. */
  baseline?: BaselineSection;
  /** Present with `scan --compare-config-rules`: AWS Config's managed rules read, and each resource where its verdict differs from ours. */
  configRules?: Omit<ConfigRuleComparison, 'gaps'>;
}

/** The findings contract of DESIGN.md: every evaluation, compliant ones included. */
export function findingsReport(
  findings: Finding[],
  inputs: ReportInput[],
  version: string,
  now: Date,
  extra: { coverage?: Coverage; exceptions?: ExceptionsSection; baseline?: BaselineSection } = {},
): FindingsReport {
  const report: FindingsReport = {
    tool: { name: 'palisade', version },
    generatedAt: now.toISOString(),
    inputs,
    summary: summarise(findings),
    coverage: extra.coverage ?? COMPLETE,
    results: findings,
  };
  if (extra.exceptions) report.exceptions = extra.exceptions;
  if (extra.baseline) report.baseline = extra.baseline;
  return report;
}

export function jsonReport(run: RunReport): string {
  const report = findingsReport(run.findings as Finding[], run.inputs, run.version, run.now, run);
  if (run.notEvaluated?.length) report.notEvaluated = [...run.notEvaluated];
  if (run.configRules) {
    // its gaps are in `coverage`
    const { gaps: _gaps, ...configRules } = run.configRules;
    report.configRules = configRules;
  }
  return JSON.stringify(report, null, 2) + '\n';
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
