import { CATALOGUE } from '../../../rules/catalogue';
import { Rule } from '../../engine/rule';
import { ConfigSourceOptions, evaluateConfigSource, planSource } from '../../run/config-source';
import { finishRun } from '../../run/finish';
import { prepareRun, RunOptions } from '../../run/prepare';
import { IO } from '../io';

export type ScanOptions = RunOptions & ConfigSourceOptions;

/**
 * `palisade scan`: the run pipeline on AWS Config, from snapshot files, one
 * account's regions, or an organisation's aggregator. Returns 0, 1 (a result
 * at or above --fail-on) or 4 (something could not be read), or throws an
 * InputError (2); flags are checked before anything is read.
 */
export async function scan(options: ScanOptions, io: IO, catalogue: readonly Rule[] = CATALOGUE): Promise<number> {
  const plan = prepareRun(options, io, catalogue);
  planSource(options);
  // The SDK warns on every run that a future release will drop this Node version; the pinned client works, so
  // the warning says nothing a user can act on. This is the switch the SDK reads for it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const evaluated = await evaluateConfigSource(options, plan.rules, io);
  return finishRun(plan, evaluated, io);
}
