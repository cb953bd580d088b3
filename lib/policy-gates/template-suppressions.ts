import { ReportedFinding } from '../run/report';
import { isExpired } from './exceptions';

export interface SuppressionPolicy {
  /** YYYY-MM-DD (UTC), the day expiry dates are judged by. */
  readonly today: string;
  /** --strict-suppressions: a suppression without both owner and expiry is not honoured. */
  readonly strict?: boolean;
}

/**
 * Judges the suppressions a template carries (CDK acknowledgements,
 * `Metadata.cdk_nag`, `Metadata.palisade`) before the exceptions file is
 * applied: one whose expiry has passed, or with --strict-suppressions one
 * without owner and expiry, no longer hides its result. The result keeps it as
 * `ignoredSuppression`, with why, so every report can say what was not honoured.
 * Returns how many were not honoured.
 */
export function reviewTemplateSuppressions(findings: ReportedFinding[], policy: SuppressionPolicy): number {
  let ignored = 0;
  for (const f of findings) {
    const s = f.suppression;
    if (!s || s.source === 'exceptions-file') continue;
    const why =
      s.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.expires)
        ? `expires '${s.expires}' is not a date written YYYY-MM-DD`
        : s.expires !== undefined && isExpired({ expires: s.expires }, policy.today)
          ? `expired on ${s.expires}`
          : policy.strict && (!s.owner || !s.expires)
            ? 'no owner and expiry, so not honoured under --strict-suppressions'
            : undefined;
    if (why === undefined) continue;
    f.ignoredSuppression = { ...s, why };
    delete f.suppression;
    ignored++;
  }
  return ignored;
}
