import { ConfigServiceClient, Evaluation, PutEvaluationsCommand } from '@aws-sdk/client-config-service';
import { Status } from '../engine/model';
import { Verdict } from '../engine/rule';

/** One resource's result for the Config rule, in our vocabulary (INSUFFICIENT_DATA included). */
export interface Result {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly status: Status;
  readonly message: string;
  readonly time: Date;
}

/** PutEvaluations takes at most 100 evaluations a call. */
export const PUT_BATCH = 100;
/** The longest annotation Config accepts. */
export const ANNOTATION_LIMIT = 256;
/** How an undecided result begins its annotation, so that readers of Config's results can tell it apart. */
export const UNDECIDED_PREFIX = 'INSUFFICIENT_DATA: ';

const WORST_FIRST: readonly Status[] = ['NON_COMPLIANT', 'INSUFFICIENT_DATA', 'COMPLIANT', 'NOT_APPLICABLE'];

/**
 * One result per resource from the verdicts of the Palisade rules a Config rule runs
 * (usually one): the worst status wins, and its messages, each naming its rule, make
 * the annotation when there are several.
 */
export function combine(
  resource: { resourceType: string; resourceId: string; time: Date },
  verdicts: readonly { ruleId: string; verdict: Verdict }[],
): Result {
  const status = WORST_FIRST.find((s) => verdicts.some((v) => v.verdict.status === s)) ?? 'NOT_APPLICABLE';
  const worst = verdicts.filter((v) => v.verdict.status === status);
  const message =
    verdicts.length === 1 ? worst[0].verdict.message : worst.map((v) => `[${v.ruleId}] ${v.verdict.message}`).join('; ');
  return { ...resource, status, message };
}

/**
 * The evaluation Config is sent. Config does not accept INSUFFICIENT_DATA from
 * PutEvaluations (API reference, `Evaluation.ComplianceType`), and leaving the
 * resource out would keep an earlier COMPLIANT standing; so an undecided result is
 * sent as NON_COMPLIANT, its annotation starting `INSUFFICIENT_DATA:` with the reason.
 */
export function toEvaluation(result: Result): Evaluation {
  const undecided = result.status === 'INSUFFICIENT_DATA';
  return {
    ComplianceResourceType: result.resourceType,
    ComplianceResourceId: result.resourceId,
    ComplianceType: undecided ? 'NON_COMPLIANT' : result.status,
    Annotation: annotation(undecided ? UNDECIDED_PREFIX + result.message : result.message),
    OrderingTimestamp: result.time,
  };
}

function annotation(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim() || 'no message';
  return line.length <= ANNOTATION_LIMIT ? line : `${line.slice(0, ANNOTATION_LIMIT - 1)}…`;
}

/** Evaluations Config refused, with its reason; the handler fails the invocation so Config shows the error. */
export class EvaluationsRefusedError extends Error {
  override readonly name = 'EvaluationsRefusedError';
}

/** Sends the results in calls of at most 100 with the invocation's token; returns how many calls were made. */
export async function putEvaluations(
  client: ConfigServiceClient,
  resultToken: string,
  results: readonly Result[],
): Promise<number> {
  const evaluations = results.map(toEvaluation);
  const failed: Evaluation[] = [];
  let calls = 0;
  for (let i = 0; i < evaluations.length; i += PUT_BATCH) {
    const out = await client.send(
      new PutEvaluationsCommand({ ResultToken: resultToken, Evaluations: evaluations.slice(i, i + PUT_BATCH) }),
    );
    calls++;
    failed.push(...(out.FailedEvaluations ?? []));
  }
  if (failed.length > 0) {
    const first = failed[0];
    throw new EvaluationsRefusedError(
      `AWS Config refused ${failed.length} of ${evaluations.length} evaluations (first: ${first.ComplianceResourceType} ${first.ComplianceResourceId})`,
    );
  }
  return calls;
}
