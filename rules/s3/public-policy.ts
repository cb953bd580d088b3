import { asString } from '../../lib/engine/facts';
import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { actionMatches, isEveryone, statementsOf } from '../../lib/engine/policy';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isWorldCidr } from '../ec2/cidr';

/**
 * Condition keys that narrow an Allow to a known caller, network or organisation.
 * A condition on anything else (aws:SecureTransport, s3:prefix, …) leaves it open to everyone.
 */
const NARROWING_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalservicename',
  'aws:userid',
  'aws:username',
  'kms:calleraccount',
  'kms:viaservice',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
]);

/** One condition on a narrowing key: whether its values name specific callers ('specific') or anyone ('any'). */
export interface Narrowing {
  readonly operator: string;
  readonly key: string;
  readonly values: 'specific' | 'any' | Unknown;
}

/** An Allow statement whose principal is, or may be, everyone: only what decides whether it is public. */
export interface EveryoneGrant {
  /** Deny statements are left out, so only an Allow or an effect not known before deployment remains. */
  readonly effect: 'Allow' | Unknown;
  /** Principal "*", {"AWS": "*"} or NotPrincipal; an Unknown when the principal is not known. */
  readonly everyone: true | Unknown;
  readonly actions: Action[];
  readonly notActions: Action[];
  readonly narrowing: Narrowing[] | Unknown;
}

/** An action pattern (`s3:Get*`), or an Unknown when it is built from values not known before deployment. */
export type Action = string | Unknown;

/**
 * The statements of a policy document that may grant to everyone, reduced to
 * what decides that (the ARNs in Resource, often unknown until deployment, do not).
 */
export function everyoneGrants(document: unknown): EveryoneGrant[] | Unknown {
  const statements = statementsOf(document);
  if (isUnknown(statements)) return statements;
  const raw = rawStatements(document);
  const out: EveryoneGrant[] = [];
  for (const [i, s] of statements.entries()) {
    if (isUnknown(raw[i])) return raw[i] as unknown as Unknown;
    const effect = asString(s.effect);
    // IAM refuses any effect but Allow and Deny, and a Deny grants nothing.
    if (effect !== 'Allow' && !isUnknown(effect)) continue;
    const notPrincipal = raw[i]?.NotPrincipal !== undefined;
    const principalUnknown = s.principals.find(mayBeEveryone) as Unknown | undefined;
    if (!notPrincipal && !isEveryone(s.principals) && !principalUnknown) continue;
    out.push({
      effect,
      everyone: notPrincipal || isEveryone(s.principals) ? true : (principalUnknown as Unknown),
      actions: s.actions.map(actionOf),
      notActions: s.notActions.map(actionOf),
      narrowing: narrowingOf(s.condition),
    });
  }
  return out;
}

/** One statement that opens actions to everyone, described for a message. */
export interface OpenGrant {
  readonly actions: string;
}

/**
 * The grants that open the resource to everyone without a narrowing condition,
 * optionally only those covering one of `actions`; an Unknown when one that may be open cannot be read.
 */
export function openGrants(grants: EveryoneGrant[] | Unknown, actions?: readonly string[]): OpenGrant[] | Unknown {
  if (isUnknown(grants)) return grants;
  const open: OpenGrant[] = [];
  let undecided: Unknown | undefined;
  for (const g of grants) {
    if (isUnknown(g.effect)) {
      undecided ??= g.effect;
      continue;
    }
    if (actions) {
      const covers = g.notActions.length > 0 || g.actions.some((a) => actions.some((want) => actionMatches(a, want)));
      if (!covers) {
        const unknownAction = g.actions.find(isUnknown) as Unknown | undefined;
        if (unknownAction) undecided ??= unknownAction;
        continue;
      }
    }
    if (isUnknown(g.narrowing)) {
      undecided ??= g.narrowing;
      continue;
    }
    if (g.narrowing.some((n) => n.values === 'specific')) continue;
    const unknownNarrowing = g.narrowing.find((n) => isUnknown(n.values));
    if (unknownNarrowing) {
      undecided ??= unknownNarrowing.values as Unknown;
      continue;
    }
    if (isUnknown(g.everyone)) {
      undecided ??= g.everyone;
      continue;
    }
    open.push({
      actions: g.notActions.length ? `everything but ${g.notActions.map(String).join(', ')}` : g.actions.map(String).join(', '),
    });
  }
  if (open.length) return open;
  return undecided ?? [];
}

/** The narrowing keys a condition block tests with a positive operator, and whether their values are specific. */
function narrowingOf(condition: unknown): Narrowing[] | Unknown {
  if (condition === undefined || condition === null) return [];
  if (isUnknown(condition)) return condition;
  if (typeof condition !== 'object') return [];
  const out: Narrowing[] = [];
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    // IfExists passes requests that lack the key (anonymous ones); negated operators admit everyone else.
    if (/IfExists$/i.test(operator) || /Not/.test(operator) || /^Null$/i.test(operator)) continue;
    if (isUnknown(block)) return block;
    if (!block || typeof block !== 'object') continue;
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (!NARROWING_KEYS.has(key.toLowerCase())) continue;
      const values = Array.isArray(value) ? value : [value];
      out.push({ operator, key, values: kindOf(values) });
    }
  }
  // One specific narrowing is enough; unknown values beside it do not matter.
  const specific = out.filter((n) => n.values === 'specific');
  return specific.length ? specific : out;
}

/**
 * Whether a narrowing value not known before deployment still names one specific thing:
 * a reference to a resource, or a string whose every unknown part is a resource. Any
 * other unknown part may be a parameter: `10.0.0.0/${Bits}` may be the whole internet,
 * `arn:aws:iam::${Account}:root` any account's root under ArnLike.
 */
function namesSomethingSpecific(value: unknown): boolean {
  if (value instanceof ResourceRef || value instanceof AttributeRef) return true;
  if (!(value instanceof PartialString)) return false;
  const placeholders = [...value.text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1].split('.')[0]);
  return placeholders.length > 0 && placeholders.every((p) => value.refs.includes(p));
}

/**
 * An unresolved principal could be "*", unless it is a resource or a string with
 * literal text (an ARN): a principal takes no wildcard other than "*" itself.
 */
function mayBeEveryone(principal: unknown): boolean {
  if (!isUnknown(principal)) return false;
  if (principal instanceof PartialString)
    return principal.text.replace(/\$\{[^}]*\}/g, '').trim() === '' && !namesSomethingSpecific(principal);
  return !(principal instanceof ResourceRef || principal instanceof AttributeRef);
}

function kindOf(values: unknown[]): 'specific' | 'any' | Unknown {
  // A reference, the account or a partly known string names one resource or account, never "anyone".
  if (values.some(namesSomethingSpecific)) return 'specific';
  const unknownValue = values.find(isUnknown);
  if (unknownValue) return unknownValue;
  // Any spelling of the whole internet (`::0/0`, `0000::/0`) admits everyone, as "*" does.
  return values.length > 0 && values.every((v) => typeof v === 'string' && v.trim() !== '*' && isWorldCidr(v) !== true)
    ? 'specific'
    : 'any';
}

function actionOf(action: unknown): Action {
  return asString(action) ?? new Unknown('an action of the statement is empty');
}

function rawStatements(document: unknown): Record<string, unknown>[] {
  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  const list = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).Statement : undefined;
  return (Array.isArray(list) ? list : list === undefined ? [] : [list]) as Record<string, unknown>[];
}
