import { actionMatches } from '../../lib/engine/policy';
import { StatementFacts, allows, anyItem, both } from './policy-sources';

/** The KMS actions AWS Config's blocked-actions rules look for by default. */
export const BLOCKED_KMS_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];

/** `*`, or a KMS ARN whose key part is a wildcard: every key the account's key policies let it use. */
export const isAllKeys = (r: string) => r === '*' || /^arn:[^:]*:kms:[^:]*:[^:]*:(key\/)?\*$/.test(r);

export const decryptsAllKeys = (s: StatementFacts) =>
  both(
    allows(s),
    both(
      anyItem(s.actions, (a) => BLOCKED_KMS_ACTIONS.some((k) => actionMatches(a, k))),
      anyItem(s.resources, isAllKeys),
    ),
  );
