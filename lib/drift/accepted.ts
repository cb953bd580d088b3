import picomatch from 'picomatch';
import { candidates, DriftExceptionEntry, isExpired, simpleGlob } from '../policy-gates/exceptions';
import { ExceptionStatus } from '../run/report';
import { Drift } from './model';

/** One `drift:` entry of the exceptions file and what became of it in this run. */
export interface DriftExceptionOutcome extends DriftExceptionEntry {
  readonly status: ExceptionStatus;
  readonly matched: number;
  readonly note?: string;
}

/**
 * Known drift, accepted through the exceptions file: an entry names the kind
 * of drift, the rule (intent and verdict drift) and the resource (a glob over
 * the logical id, stack/logicalId, ARN and resource id), with reason, owner and
 * expiry. A live entry marks its drift accepted (it stays in every report); an
 * expired one leaves it failing and says so; one that matches nothing is stale.
 */
export function acceptDrift(drift: Drift[], entries: readonly DriftExceptionEntry[], today: string): DriftExceptionOutcome[] {
  const globs = entries.map((e) => simpleGlob(e.resource) ?? picomatch(e.resource, { dot: true }));
  const counts = entries.map(() => 0);
  for (const d of drift) {
    const names = candidates(d.resource);
    entries.forEach((entry, i) => {
      if (entry.drift !== d.kind || (entry.rule !== undefined && entry.rule.replace(/^Palisade-/, '') !== d.ruleId)) return;
      if (!names.some((n) => n === entry.resource || globs[i](n))) return;
      counts[i]++;
      if (d.suppression) return;
      if (isExpired(entry, today)) {
        d.expiredException ??= { index: entry.index, reason: entry.reason, owner: entry.owner, expires: entry.expires };
      } else {
        d.suppression = { reason: entry.reason, owner: entry.owner, expires: entry.expires, source: 'exceptions-file' };
        delete d.expiredException;
      }
    });
  }
  return entries.map((entry, i) => {
    const status: ExceptionStatus = isExpired(entry, today) ? 'expired' : counts[i] ? 'applied' : 'stale';
    const note =
      status === 'expired'
        ? `expired on ${entry.expires}${counts[i] ? `: ${counts[i]} drift(s) it accepted are reported again` : ' and matches no drift; remove it'}`
        : status === 'stale'
          ? `no ${entry.drift} drift${entry.rule ? ` of ${entry.rule}` : ''} matches '${entry.resource}'; remove it`
          : undefined;
    return { ...entry, status, matched: counts[i], ...(note ? { note } : {}) };
  });
}
