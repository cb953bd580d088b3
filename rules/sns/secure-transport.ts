import { actionMatches, isEveryone, statementsOf } from '../../lib/engine/policy';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * Whether one of the resource policies denies `action` to everyone when
 * aws:SecureTransport is false: the TLS-only statement CDK writes for enforceSSL.
 * Unknown when a policy that might contain it cannot be read.
 */
export function deniesInsecureTransport(policies: readonly unknown[], action: string): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const policy of policies) {
    const statements = statementsOf(policy);
    if (isUnknown(statements)) {
      undecided ??= statements;
      continue;
    }
    for (const s of statements) {
      if (s.effect !== 'Deny') continue;
      const parts = [insecureCondition(s.condition), everyone(s.principals), covers(s.actions, action)];
      if (parts.includes(false)) continue;
      const unknownPart = parts.find(isUnknown);
      if (unknownPart) undecided ??= unknownPart;
      else return true;
    }
  }
  return undecided ?? false;
}

/** A Bool/BoolIfExists condition on aws:SecureTransport = false. */
function insecureCondition(condition: unknown): boolean | Unknown {
  if (isUnknown(condition)) return condition;
  if (!condition || typeof condition !== 'object') return false;
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!/^Bool(IfExists)?$/i.test(operator) || !block || typeof block !== 'object') continue;
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      if (isUnknown(value)) return value;
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => String(v).toLowerCase() === 'false')) return true;
    }
  }
  return false;
}

function everyone(principals: unknown[]): boolean | Unknown {
  if (isEveryone(principals)) return true;
  return principals.find(isUnknown) ?? false;
}

function covers(actions: unknown[], action: string): boolean | Unknown {
  if (actions.some((a) => actionMatches(a, action))) return true;
  return actions.find(isUnknown) ?? false;
}
