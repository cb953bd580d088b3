import { createHash } from 'crypto';
import { Finding } from '../engine/model';
import { Summary, summarise } from './summary';

export interface ReportInput {
  readonly path: string;
  readonly sha256?: string;
  readonly error?: string;
}

export interface FindingsReport {
  tool: { name: 'palisade'; version: string };
  generatedAt: string;
  inputs: ReportInput[];
  summary: Summary;
  results: Finding[];
}

/** The findings contract of DESIGN.md: every evaluation, compliant ones included. */
export function findingsReport(findings: Finding[], inputs: ReportInput[], version: string, now: Date): FindingsReport {
  return {
    tool: { name: 'palisade', version },
    generatedAt: now.toISOString(),
    inputs,
    summary: summarise(findings),
    results: findings,
  };
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
