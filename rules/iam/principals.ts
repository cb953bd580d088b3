import { knownPrefix } from '../../lib/engine/facts';
import { conditionKeys } from '../../lib/engine/policy';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { OWN_ACCOUNT } from './own-account';

/** Who a principal value names. */
export interface Principal {
  readonly kind: 'everyone' | 'account' | 'service' | 'federated' | 'canonical-user' | 'unknown';
  /** The account a principal of kind `account` belongs to; OWN_ACCOUNT for the stack's own. */
  readonly account?: string;
  /** For messages: the principal's text, or its known beginning followed by `…`. */
  readonly text: string;
  /** Why the principal is not known exactly: for kind `unknown`, and a federated provider built from unknown parts. */
  readonly unknown?: Unknown;
}

/** Condition keys that confine a grant to known accounts, an organisation or a source resource. */
export const RESTRICTING_CONDITION_KEYS = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'sts:externalid',
];

/** The restricting condition keys a statement uses. */
export function restrictingKeys(condition: unknown): string[] {
  return conditionKeys(condition).filter((k) => RESTRICTING_CONDITION_KEYS.includes(k));
}

/**
 * The principals of one resolved policy statement (`Principal` of a trust or
 * resource policy), each classified. A principal that cannot be read becomes
 * kind `unknown` with the reason as its text.
 */
export function principalsOf(principal: unknown): Principal[] {
  if (principal === undefined) return [];
  if (isUnknown(principal) && !knownPrefix(principal)) return [{ kind: 'unknown', text: principal.reason, unknown: principal }];
  if (principal === '*' || typeof principal !== 'object' || principal === null) return [classify('AWS', principal)];
  const out: Principal[] = [];
  for (const [type, value] of Object.entries(principal as Record<string, unknown>)) {
    const values = isUnknown(value) ? [value] : Array.isArray(value) ? value : [value];
    for (const v of values) out.push(classify(type, v));
  }
  return out;
}

/** Classifies one principal value of a given type (AWS, Service, Federated, CanonicalUser). */
export function classify(type: string, value: unknown): Principal {
  if (value === '*') return { kind: 'everyone', text: '*' };
  const exact = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  const prefix = exact ?? knownPrefix(value);
  const open = isUnknown(value) ? value : new Unknown(`a ${type} principal that is not a string`);
  if (!prefix) return { kind: 'unknown', text: open.reason, unknown: open };
  const text = exact ?? `${prefix}…`;
  switch (type) {
    case 'Service':
      // Whatever its unknown parts, a service principal names a service, never an account.
      return { kind: 'service', text };
    case 'Federated':
      return exact !== undefined ? { kind: 'federated', text } : { kind: 'federated', text, unknown: open };
    case 'CanonicalUser':
      return { kind: 'canonical-user', text };
    default: {
      // The known prefix decides once it runs past the account (`arn:aws:iam::123456789012:`).
      const account = accountOf(prefix, exact !== undefined);
      if (account) return { kind: 'account', account, text };
      return {
        kind: 'unknown',
        text,
        unknown: exact !== undefined ? new Unknown(`principal ${text} is not an account or ARN`) : open,
      };
    }
  }
}

/** The account of an account id or IAM/STS ARN, OWN_ACCOUNT for this stack's account, undefined for anything else. */
export function accountOf(text: string, whole = true): string | undefined {
  if (whole && (text === OWN_ACCOUNT || /^\d{12}$/.test(text))) return text;
  const m = /^arn:[^:]*:(?:iam|sts)::([^:]+):/.exec(text);
  if (!m) return undefined;
  return m[1] === OWN_ACCOUNT || /^\d{12}$/.test(m[1]) ? m[1] : undefined;
}

/** A Lambda permission's Principal is a single string: an account, a service, an ARN or `*`. */
export function permissionPrincipal(value: unknown): Principal {
  if (value === '*') return { kind: 'everyone', text: '*' };
  if (typeof value === 'string' && /\.amazonaws\.com(\.cn)?$|\.amazon\.com$/.test(value)) return classify('Service', value);
  return classify('AWS', value);
}
