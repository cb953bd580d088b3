import { Status } from '../engine/model';
import { EvidenceResult } from './input';

/** One rule on one resource as the template declares it and as it runs. */
export interface SidePair {
  readonly ruleId: string;
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
  readonly synth: Status;
  readonly runtime: Status;
  readonly runtimeResource: string;
  /** The deployed resource does not do what the template says (or the reverse). */
  readonly drift: boolean;
}

/**
 * Pairs synth-time and runtime results of the same rule on the same resource.
 * A deployed resource is matched to its template by the stack and logical id a
 * scan reads from the aws:cloudformation tags; without them there is no pair.
 */
export function sideBySide(results: readonly EvidenceResult[]): SidePair[] {
  const synth = new Map<string, EvidenceResult>();
  for (const r of results) if (r.source === 'synth' && r.resource.logicalId) synth.set(key(r), r);
  const pairs: SidePair[] = [];
  for (const r of results) {
    if (r.source !== 'runtime' || !r.resource.stack || !r.resource.logicalId) continue;
    const s = synth.get(key(r));
    if (!s) continue;
    pairs.push({
      ruleId: r.ruleId,
      stack: r.resource.stack,
      logicalId: r.resource.logicalId,
      type: r.resource.type,
      synth: s.status,
      runtime: r.status,
      runtimeResource: r.resource.arn ?? r.resource.resourceId ?? '',
      drift: s.status !== r.status,
    });
  }
  return pairs.sort(
    (a, b) => Number(b.drift) - Number(a.drift) || a.stack.localeCompare(b.stack) || a.logicalId.localeCompare(b.logicalId),
  );
}

const key = (r: EvidenceResult) => `${r.ruleId}|${r.resource.stack}|${r.resource.logicalId}`;
