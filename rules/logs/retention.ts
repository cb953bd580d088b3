import { Maybe } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/** The NCSC/AWS conformance-pack default: a year of logs for investigations. */
export const MIN_RETENTION_DAYS = 365;

/** The values CloudWatch Logs accepts for RetentionInDays. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/**
 * The verdict on a log group's RetentionInDays. Absent means the logs never expire:
 * AWS Config's rule accepts that, but we fail it, because logs hold personal data
 * (IP addresses, user ids) and UK GDPR storage limitation wants a decided period,
 * taken from the records retention schedule. Below a year is too short to investigate
 * an incident found late.
 */
export function retentionVerdict(days: Maybe<number>, where = 'RetentionInDays'): Verdict {
  if (isUnknown(days)) return needsReview(`${where} is not known: ${days.reason}`);
  if (days === undefined) return fail(`${where} is not set, so logs are kept forever instead of for a decided period`);
  if (!RETENTION_DAYS.includes(days)) return fail(`${where} ${days} is not a value CloudWatch Logs accepts`);
  if (days < MIN_RETENTION_DAYS) return fail(`${where} is ${days} days, below the ${MIN_RETENTION_DAYS}-day minimum`);
  return pass(`logs are kept for ${days} days`);
}
