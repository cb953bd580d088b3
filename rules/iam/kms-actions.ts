import { Tri, and, some } from '../../lib/engine/facts';
import { StatementFacts, allows } from './policy-sources';
import { PolicyText, mayCoverAction, mayMatch } from './policy-text';

/** The KMS actions AWS Config's blocked-actions rules look for by default. */
export const BLOCKED_KMS_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];

const ALL_KEYS = /^arn:[^:]*:kms:[^:]*:[^:]*:(key\/)?\*$/;

/** `*`, or a KMS ARN whose key part is a wildcard: every key the account's key policies let it use. */
export const isAllKeys = (r: PolicyText): Tri => mayMatch(r, (text) => text === '*' || ALL_KEYS.test(text), rulesOutAllKeys);

/** Whether no value beginning with `prefix` can be `*` or a wildcard KMS key ARN. */
function rulesOutAllKeys(prefix: string): boolean {
  if (prefix === '' || prefix === '*') return false;
  if (!('arn:'.startsWith(prefix) || prefix.startsWith('arn:'))) return true;
  const fields = prefix.split(':');
  // The service is known once a colon follows it; the resource once the account's colon does.
  if (fields.length > 3 && fields[2] !== 'kms') return true;
  if (fields.length > 5) {
    const resource = fields.slice(5).join(':');
    return !('key/*'.startsWith(resource) || '*'.startsWith(resource));
  }
  return false;
}

export const decryptsAllKeys = (s: StatementFacts): Tri =>
  and(
    allows(s),
    some(s.actions, (a) => some(BLOCKED_KMS_ACTIONS, (k) => mayCoverAction(a, k))),
    some(s.resources, isAllKeys),
  );
