import { EvidenceResult } from './input';

export type ExceptionState = 'expired' | 'expiring' | 'current' | 'no expiry';

/** An exception as the register lists it: the result it covers and how close its expiry is. */
export interface ExceptionRow {
  readonly result: EvidenceResult;
  readonly reason: string;
  readonly owner?: string;
  readonly expires?: string;
  readonly source: string;
  readonly state: ExceptionState;
}

/** Days before expiry from which an exception is flagged. */
export const EXPIRING_DAYS = 30;

/**
 * Every exception over the results: applied ones, and expired ones that no
 * longer hide their failure (the report marks those with `expiredException`).
 */
export function exceptionRegister(results: readonly EvidenceResult[], today: string): ExceptionRow[] {
  const rows: ExceptionRow[] = [];
  for (const r of results) {
    if (r.suppression) {
      const { reason, owner, expires, source } = r.suppression;
      rows.push({ result: r, reason, owner, expires, source, state: stateOf(expires, today) });
    } else if (r.expiredException) {
      const { reason, owner, expires } = r.expiredException;
      rows.push({ result: r, reason, owner, expires, source: 'exceptions-file', state: 'expired' });
    }
  }
  const order: Record<ExceptionState, number> = { expired: 0, expiring: 1, current: 2, 'no expiry': 3 };
  return rows.sort((a, b) => order[a.state] - order[b.state] || (a.expires ?? '').localeCompare(b.expires ?? ''));
}

export function stateOf(expires: string | undefined, today: string): ExceptionState {
  if (!expires) return 'no expiry';
  if (expires < today) return 'expired';
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + EXPIRING_DAYS);
  return expires <= limit.toISOString().slice(0, 10) ? 'expiring' : 'current';
}
