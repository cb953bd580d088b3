import { knownPrefix, Tri } from '../../lib/engine/facts';
import { refTarget } from '../../lib/engine/intrinsics';
import { actionMatches } from '../../lib/engine/policy';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/*
 * Values of IAM policy statements (actions, resources, managed policy ARNs) as the
 * statement rules read them: literal text, or an Unknown. A string built with Sub or
 * Join keeps only its known prefix for deciding, so `s3:${Verb}` may be `s3:*`.
 */

/** Literal text, or an Unknown that may be anything (a PartialString: anything starting with its known prefix). */
export type PolicyText = string | Unknown;

/** A resolved policy value as PolicyText. A Ref or GetAtt names one resource: never a wildcard, so its id stands in. */
export function policyText(value: unknown): PolicyText {
  const target = refTarget(value);
  if (target) return `\${${target}}`;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isUnknown(value)) return value;
  return new Unknown('a policy value is not a string');
}

/** Whether the value is one of `literals`; an unknown value is ruled out only when its known prefix begins none of them. */
export function mayEqual(value: PolicyText, literals: readonly string[]): Tri {
  if (typeof value === 'string') return literals.includes(value);
  const prefix = knownPrefix(value) ?? '';
  return literals.some((l) => l.startsWith(prefix)) ? value : false;
}

/** Whether the value, an IAM action pattern, covers `action`; an unknown value is ruled out by a prefix that cannot begin a pattern covering it. */
export function mayCoverAction(value: PolicyText, action: string): Tri {
  if (typeof value === 'string') return actionMatches(value, action);
  const prefix = (knownPrefix(value) ?? '').split(/[*?]/)[0].toLowerCase();
  return action.toLowerCase().startsWith(prefix) ? value : false;
}

/**
 * Whether a string satisfies `test`, where `rulesOut(prefix)` says that no string
 * beginning with the known prefix of an unknown value can.
 */
export function mayMatch(value: PolicyText, test: (text: string) => boolean, rulesOut: (prefix: string) => boolean): Tri {
  if (typeof value === 'string') return test(value);
  return rulesOut(knownPrefix(value) ?? '') ? false : value;
}

/**
 * Whether a managed policy ARN is an AWS managed policy whose path and name
 * (`AdministratorAccess`, `service-role/X`) satisfy `test`. An unknown ARN is ruled
 * out when its known prefix names another service, another account, or a name that
 * `viable` says cannot begin a match.
 */
export function mayBeAwsManaged(arn: PolicyText, test: (name: string) => boolean, viable: (namePrefix: string) => boolean): Tri {
  return mayMatch(
    arn,
    (text) => {
      const m = /^arn:[^:]+:iam::aws:policy\/(.+)$/.exec(text);
      return m !== null && test(m[1]);
    },
    (prefix) => {
      if (prefix === '' || 'arn:'.startsWith(prefix)) return false;
      if (!prefix.startsWith('arn:')) return true;
      const fields = prefix.split(':');
      if (fields.length > 3 && fields[2] !== 'iam') return true;
      if (fields.length > 5 && fields[4] !== 'aws') return true;
      if (fields.length <= 5) return false;
      const resource = fields.slice(5).join(':');
      if (!resource.startsWith('policy/')) return !'policy/'.startsWith(resource);
      return !viable(resource.slice('policy/'.length));
    },
  );
}
