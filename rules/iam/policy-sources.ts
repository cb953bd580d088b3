import { refTarget } from '../../lib/engine/intrinsics';
import { statementsOf } from '../../lib/engine/policy';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, field, isUndecided, listOf, textOf, undecided } from './values';

export const IDENTITY_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
export const POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'];

/** The property of a policy resource that lists identities of each type. */
const LIST_PROPERTY: Record<string, string> = {
  'AWS::IAM::Role': 'Roles',
  'AWS::IAM::User': 'Users',
  'AWS::IAM::Group': 'Groups',
};
const NAME_PROPERTY: Record<string, string> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
};

/** One policy document and where it comes from, for messages. */
export interface PolicySource {
  /** `inline policy Admin`, `policy resource AppDefaultPolicy`, `managed policy Shared`. */
  readonly label: string;
  readonly document: unknown;
  /** Why the source may not exist: it is created only under a condition the template cannot decide. */
  readonly conditional?: string;
}

/** The identity's own `Policies` property, one source per inline policy. */
export function inlineSources(identity: TemplateResource): PolicySource[] {
  const list = listOf(identity.get('Policies'));
  if (isUnknown(list)) return [{ label: 'inline policies', document: list }];
  return list.map((p) => {
    const name = textOf(field(p, 'PolicyName'));
    return { label: `inline policy ${name ?? '(unnamed)'}`, document: field(p, 'PolicyDocument') };
  });
}

/** AWS::IAM::Policy or AWS::IAM::ManagedPolicy resources that attach themselves to the identity (Roles/Users/Groups). */
export function attachedPolicyResources(identity: TemplateResource, index: TemplateIndex, type: string): TemplateResource[] {
  const property = LIST_PROPERTY[identity.type];
  if (!property) return [];
  const name = identity.get(NAME_PROPERTY[identity.type]);
  const byName = typeof name === 'string' ? index.withLiteral(type, property, name) : [];
  const found = [...index.referrers(identity, type, property), ...byName];
  return found.filter((p, i) => found.indexOf(p) === i && index.exists(p) !== false);
}

/** A source for a policy resource in the template. */
export function resourceSource(policy: TemplateResource, index: TemplateIndex): PolicySource {
  const exists = index.exists(policy);
  const kind = policy.type === 'AWS::IAM::ManagedPolicy' ? 'managed policy' : 'policy resource';
  return {
    label: `${kind} ${policy.logicalId}`,
    document: policy.get('PolicyDocument'),
    ...(isUnknown(exists) ? { conditional: exists.reason } : {}),
  };
}

/** One statement, reduced to what the statement rules read, with nothing Unknown left in it. */
export interface StatementFacts {
  readonly effect: string | Undecided;
  readonly actions: (string | Undecided)[];
  readonly resources: (string | Undecided)[];
}

/** A policy source as facts: its statements, or why they cannot be read. */
export interface PolicyFacts {
  readonly label: string;
  readonly statements: StatementFacts[] | Undecided;
  readonly conditional?: string;
}

/**
 * Reduces a source to plain statements. ARNs built with Fn::Join or Fn::Sub keep
 * their literal text (`arn:${?}:s3:::logs/*` is certainly not `*`), so only values
 * with no literal part at all stay undecided.
 */
export function summarise(source: PolicySource): PolicyFacts {
  const statements = statementsOf(source.document);
  const base = { label: source.label, ...(source.conditional ? { conditional: source.conditional } : {}) };
  if (isUnknown(statements)) return { ...base, statements: undecided(statements) };
  return {
    ...base,
    statements: statements.map((s) => ({
      effect: plain(s.effect),
      actions: s.actions.map(plain),
      resources: s.resources.map(plain),
    })),
  };
}

/** A resolved policy value as a string, or undecided when nothing literal is known about it. */
export function plain(value: unknown): string | Undecided {
  const target = refTarget(value);
  if (target) return `\${${target}}`;
  const text = textOf(value);
  if (text !== undefined && (!isUnknown(value) || text.replace(/\$\{[^}]*\}/g, '') !== '')) return text;
  return undecided(isUnknown(value) ? value : 'a policy value is not a string');
}

/** What an identity is granted: its documents (inline, attached, in-template managed) and the managed policy ARNs from elsewhere. */
export interface Grants {
  readonly policies: PolicyFacts[];
  /** ARNs of managed policies not defined in this template, as literal text (`arn:${?}:iam::aws:policy/ReadOnlyAccess`) or undecided. */
  readonly managedArns: (string | Undecided)[];
}

/** Several rules ask for the same identity's grants; they are worked out once per resource. */
const GRANTS = new WeakMap<TemplateResource, Grants>();

export function grantsOf(identity: TemplateResource, index: TemplateIndex): Grants {
  let grants = GRANTS.get(identity);
  if (!grants) GRANTS.set(identity, (grants = computeGrants(identity, index)));
  return grants;
}

function computeGrants(identity: TemplateResource, index: TemplateIndex): Grants {
  const sources = inlineSources(identity);
  const seen = new Set<TemplateResource>();
  for (const type of POLICY_TYPES) {
    for (const p of attachedPolicyResources(identity, index, type)) {
      seen.add(p);
      sources.push(resourceSource(p, index));
    }
  }
  const managedArns: (string | Undecided)[] = [];
  const arns = listOf(identity.get('ManagedPolicyArns'));
  for (const arn of isUnknown(arns) ? [arns] : arns) {
    const target = index.target(arn);
    if (target?.type === 'AWS::IAM::ManagedPolicy') {
      if (!seen.has(target)) sources.push(resourceSource(target, index));
      seen.add(target);
      continue;
    }
    const text = textOf(arn);
    managedArns.push(text !== undefined ? text : undecided(isUnknown(arn) ? arn : 'a managed policy ARN is not a string'));
  }
  return { policies: sources.map(summarise), managedArns };
}

/** Grants for a statement-level rule: a policy resource's own document, or everything an identity holds. */
export function grantsOfResource(resource: TemplateResource, index: TemplateIndex): Grants {
  if (IDENTITY_TYPES.includes(resource.type)) return grantsOf(resource, index);
  return { policies: [summarise({ label: 'its policy document', document: resource.get('PolicyDocument') })], managedArns: [] };
}

/** A three-valued answer: true, false, or undecided with a reason. */
export type Answer = boolean | Undecided;

/**
 * The policies with a statement that satisfies `test`, and the first reason a
 * statement or document could not be read (or a matching policy exists only
 * under an undecidable condition).
 */
export function matchingPolicies(
  policies: readonly PolicyFacts[],
  test: (s: StatementFacts) => Answer,
): { found: string[]; undecided?: string } {
  const found: string[] = [];
  let reason: string | undefined;
  for (const policy of policies) {
    if (isUndecided(policy.statements)) {
      reason ??= `${policy.label} could not be read: ${policy.statements.undecided}`;
      continue;
    }
    let match = false;
    for (const s of policy.statements) {
      const r = test(s);
      if (isUndecided(r)) reason ??= `${policy.label}: ${r.undecided}`;
      else if (r) match = true;
    }
    if (match && policy.conditional) reason ??= `${policy.label} exists only under a condition: ${policy.conditional}`;
    else if (match) found.push(policy.label);
  }
  return { found, undecided: reason };
}

/** Undecided managed policy ARNs, as a reason. */
export function undecidedArn(arns: readonly (string | Undecided)[]): string | undefined {
  for (const a of arns) if (isUndecided(a)) return `a managed policy ARN is not known: ${a.undecided}`;
  return undefined;
}

/** Whether a statement allows; undecided when its effect is not known. */
export function allows(s: StatementFacts): Answer {
  return isUndecided(s.effect) ? s.effect : s.effect === 'Allow';
}

/** Whether a list holds an item passing `test`; undecided when an item is unknown and none passes. */
export function anyItem(list: readonly (string | Undecided)[], test: (v: string) => boolean): Answer {
  let open: Undecided | undefined;
  for (const item of list) {
    if (isUndecided(item)) open ??= item;
    else if (test(item)) return true;
  }
  return open ?? false;
}

/** Both true: false if either is false, else undecided if either is. */
export function both(a: Answer, b: Answer): Answer {
  if (a === false || b === false) return false;
  if (isUndecided(a)) return a;
  if (isUndecided(b)) return b;
  return true;
}
