import { Maybe } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { EngineFamily } from './engine';

/** The verdict on IAM database authentication, for an instance or a cluster of an engine that may support it. */
export function iamAuthenticationVerdict(
  engine: Maybe<EngineFamily>,
  supported: readonly EngineFamily[],
  enabled: Maybe<boolean>,
  unsupported: string,
): Verdict {
  if (isUnknown(engine)) return needsReview(`the engine is not known: ${engine.reason}`);
  if (engine && !supported.includes(engine)) return notApplicable(`${engine} ${unsupported}`);
  if (isUnknown(enabled)) return needsReview(`whether IAM database authentication is on is not known: ${enabled.reason}`);
  if (enabled === true) return pass('IAM database authentication is on');
  return fail(
    enabled === false ? 'IAM database authentication is off' : 'IAM database authentication is not set (it defaults to off)',
  );
}
