import { createHash } from 'crypto';
import { CoverageGap } from '../engine/model';
import { Rule } from '../engine/rule';
import { GitCommit } from './git';
import { FindingsFile } from './input';

/** What the pack covers and where it came from: the first thing an assessor checks. */
export interface Scope {
  readonly generatedAt: string;
  readonly tool: string;
  /** The catalogue this Palisade carries: rule count and a digest of ids and mappings. */
  readonly catalogue: { readonly rules: number; readonly digest: string };
  readonly git?: GitCommit;
  readonly files: readonly FindingsFile[];
  readonly accounts: readonly string[];
  readonly regions: readonly string[];
  readonly stacks: readonly string[];
  readonly resources: number;
  readonly gaps: readonly (CoverageGap & { file: string })[];
  /** False when any scan could not read a scope. */
  readonly complete: boolean;
  readonly sources: { readonly synth: number; readonly runtime: number };
}

export function scopeOf(
  files: readonly FindingsFile[],
  rules: readonly Rule[],
  version: string,
  now: Date,
  git?: GitCommit,
): Scope {
  const results = files.flatMap((f) => f.results);
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  return {
    generatedAt: now.toISOString(),
    tool: version,
    catalogue: { rules: rules.length, digest: catalogueDigest(rules) },
    git,
    files,
    accounts: distinct(results.map((r) => r.resource.account)),
    regions: distinct(results.map((r) => r.resource.region)),
    stacks: distinct(results.map((r) => r.resource.stack)),
    resources: new Set(
      results
        .filter((r) => r.resource.type !== 'Palisade::Stack')
        .map(
          (r) =>
            r.resource.arn ??
            `${r.resource.template ?? r.resource.account}|${r.resource.stack}|${r.resource.logicalId ?? r.resource.resourceId}`,
        ),
    ).size,
    gaps: files.flatMap((f) => (f.coverage?.gaps ?? []).map((g) => ({ ...g, file: f.path }))),
    complete: files.every((f) => !f.coverage || f.coverage.complete),
    sources: {
      synth: results.filter((r) => r.source === 'synth').length,
      runtime: results.filter((r) => r.source === 'runtime').length,
    },
  };
}

/** A short digest of every rule id and its mappings: two packs with the same digest used the same catalogue. */
export function catalogueDigest(rules: readonly Rule[]): string {
  const text = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => `${r.id} ${r.severity} ${JSON.stringify(r.controls)}`)
    .join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
