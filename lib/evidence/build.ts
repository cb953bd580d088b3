import { Rule } from '../engine/rule';
import { Attestation } from './attestations';
import { CePlusHelper, cePlusHelpers } from './ce-plus';
import { ExceptionRow, exceptionRegister } from './exceptions';
import { GitCommit } from './git';
import { EvidenceResult, FindingsFile } from './input';
import { ControlEvidence, groupByControl } from './model';
import { Scope, scopeOf } from './scope';
import { SidePair, sideBySide } from './side-by-side';
import { Changes } from './since';

/** Everything the renderers show, computed once from the inputs: no renderer decides a status. */
export interface Evidence {
  readonly scope: Scope;
  readonly controls: readonly ControlEvidence[];
  readonly exceptions: readonly ExceptionRow[];
  readonly cePlus: readonly CePlusHelper[];
  readonly pairs: readonly SidePair[];
  readonly results: readonly EvidenceResult[];
  readonly attestations: readonly Attestation[];
  readonly changes?: Changes;
  /** YYYY-MM-DD (UTC) the pack was made: exceptions expire against it. */
  readonly today: string;
}

export function buildEvidence(
  files: readonly FindingsFile[],
  rules: readonly Rule[],
  attestations: readonly Attestation[],
  context: { version: string; now: Date; git?: GitCommit; changes?: Changes },
): Evidence {
  const results = files.flatMap((f) => f.results);
  const today = context.now.toISOString().slice(0, 10);
  return {
    scope: scopeOf(files, rules, context.version, context.now, context.git),
    controls: groupByControl(files, rules, attestations),
    exceptions: exceptionRegister(results, today),
    cePlus: cePlusHelpers(results, attestations),
    pairs: sideBySide(results),
    results,
    attestations,
    changes: context.changes,
    today,
  };
}
