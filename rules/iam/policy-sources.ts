import { Maybe, Tri, and, asString, field, listOf, some } from '../../lib/engine/facts';
import { statementsOf } from '../../lib/engine/policy';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { resolveWithOwnAccount } from './own-account';
import { PolicyText, policyText } from './policy-text';

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
  /** Whether the source exists: Unknown when it is created only under a condition the template cannot decide. */
  readonly exists?: Tri;
}

/** The identity's own `Policies` property, one source per inline policy. */
export function inlineSources(identity: TemplateResource): PolicySource[] {
  const list = listOf(identity.get('Policies'));
  if (isUnknown(list)) return [{ label: 'inline policies', document: list }];
  return list.map((p) => {
    const name = asString(field(p, 'PolicyName'));
    return { label: `inline policy ${typeof name === 'string' ? name : '(unnamed)'}`, document: field(p, 'PolicyDocument') };
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
  const kind = policy.type === 'AWS::IAM::ManagedPolicy' ? 'managed policy' : 'policy resource';
  return { label: `${kind} ${policy.logicalId}`, document: policy.get('PolicyDocument'), exists: index.exists(policy) };
}

/** One statement, reduced to what the statement rules read. */
export interface StatementFacts {
  readonly effect: Maybe<string>;
  readonly actions: PolicyText[];
  readonly resources: PolicyText[];
}

/** A policy source as facts: its statements (or why they cannot be read) and whether it exists. */
export interface PolicyFacts {
  readonly label: string;
  readonly statements: StatementFacts[] | Unknown;
  readonly exists: Tri;
}

/** Reduces a source to statements of literal text or Unknowns. */
export function summarise(source: PolicySource): PolicyFacts {
  const statements = statementsOf(source.document);
  const base = { label: source.label, exists: source.exists ?? true };
  if (isUnknown(statements)) return { ...base, statements };
  return {
    ...base,
    statements: statements.map((s) => ({
      effect: asString(s.effect),
      actions: s.actions.map(policyText),
      resources: s.resources.map(policyText),
    })),
  };
}

/** What an identity is granted: its documents (inline, attached, in-template managed) and the managed policy ARNs from elsewhere. */
export interface Grants {
  readonly policies: PolicyFacts[];
  /** ARNs of managed policies not defined in this template, with the stack's own partition made literal. */
  readonly managedArns: PolicyText[];
}

/*
 * Not cached per resource: the engine reads facts once per case of the conditions
 * they depend on, and each case may attach different policies.
 */
export function grantsOf(identity: TemplateResource, index: TemplateIndex): Grants {
  const sources = inlineSources(identity);
  const seen = new Set<TemplateResource>();
  for (const type of POLICY_TYPES) {
    for (const p of attachedPolicyResources(identity, index, type)) {
      seen.add(p);
      sources.push(resourceSource(p, index));
    }
  }
  const managedArns: PolicyText[] = [];
  const arns = listOf(resolveWithOwnAccount(identity, index, identity.raw.Properties?.ManagedPolicyArns));
  for (const arn of isUnknown(arns) ? [arns] : arns) {
    const target = index.target(arn);
    if (target?.type === 'AWS::IAM::ManagedPolicy') {
      if (!seen.has(target)) sources.push(resourceSource(target, index));
      seen.add(target);
      continue;
    }
    managedArns.push(policyText(arn));
  }
  return { policies: sources.map(summarise), managedArns };
}

/** Grants for a statement-level rule: a policy resource's own document, or everything an identity holds. */
export function grantsOfResource(resource: TemplateResource, index: TemplateIndex): Grants {
  if (IDENTITY_TYPES.includes(resource.type)) return grantsOf(resource, index);
  return { policies: [summarise({ label: 'its policy document', document: resource.get('PolicyDocument') })], managedArns: [] };
}

/**
 * The policies that certainly exist and hold a statement certainly satisfying `test`,
 * and the first Unknown on which another policy might (an unreadable statement or
 * document, or a matching policy that exists only under an undecidable condition).
 */
export function matchingPolicies(
  policies: readonly PolicyFacts[],
  test: (s: StatementFacts) => Tri,
): { found: string[]; open?: Unknown } {
  const found: string[] = [];
  let open: Unknown | undefined;
  for (const policy of policies) {
    const match = and(policy.exists, some(policy.statements, test));
    if (match === true) found.push(policy.label);
    else if (isUnknown(match)) open ??= new Unknown(`${policy.label}: ${match.reason}`);
  }
  return { found, ...(open ? { open } : {}) };
}

/** Whether a statement allows; Unknown when its effect is not known. */
export function allows(s: StatementFacts): Tri {
  return isUnknown(s.effect) ? s.effect : s.effect === 'Allow';
}
