import { Maybe, Tri, asString, field, recorded } from '../../lib/engine/facts';
import { statementsOf } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

import { principalsOf, restrictingKeys } from '../iam/principals';

interface Grant {
  readonly effect: Maybe<string>;
  /** Whether the statement applies to everyone: Principal "*" or NotPrincipal; Unknown when a principal is not known. */
  readonly everyone: Tri;
  readonly restricted: boolean;
  /** Literal actions, for messages. */
  readonly actions: string;
}

interface Facts {
  readonly statements: Grant[] | Unknown;
}

export const EcrRepositoryPolicyNotPublic = defineRule<Facts>({
  id: 'EcrRepositoryPolicyNotPublic',
  title: 'ECR repository policies are not open to everyone',
  description:
    'A repository policy that allows Principal "*" without an organisation or account condition lets any AWS account pull (or push) images, exposing code and embedded configuration.',
  severity: 'error',
  controls: { ncscCsp: ['9', '11'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Grant named accounts or roles, or add an aws:PrincipalOrgID condition to statements for "*" (CDK: repository.grantPull(principal)).',
  template: {
    resourceTypes: ['AWS::ECR::Repository'],
    facts: (repo) => ({ statements: grantsOf(repo.get('RepositoryPolicyText')) }),
  },
  configItem: {
    resourceTypes: ['AWS::ECR::Repository'],
    // An empty object is how Config records a repository without a policy.
    facts: (repo) => ({ statements: grantsOf(recorded(repo.configuration, 'RepositoryPolicyText')) }),
  },
  evaluate(facts) {
    const { statements } = facts;
    if (isUnknown(statements)) return needsReview(`the repository policy is not known: ${statements.reason}`);
    const open = statements.filter((s) => s.effect === 'Allow' && s.everyone === true && !s.restricted);
    if (open.length)
      return fail(
        `allows everyone (Principal "*") ${open.map((s) => s.actions || 'actions').join('; ')} without a restricting condition`,
      );
    for (const s of statements) {
      if (s.restricted || s.effect === 'Deny' || s.everyone === false) continue;
      const unknown = isUnknown(s.effect) ? s.effect : isUnknown(s.everyone) ? s.everyone : undefined;
      if (unknown) return needsReview(`a statement could not be read: ${unknown.reason}`);
    }
    return pass(
      statements.length ? 'the repository policy grants nothing to everyone' : 'the repository has no policy',
      unknownsIn(facts),
    );
  },
});

/** The statements of a repository policy, as grants. */
export function grantsOf(document: unknown): Grant[] | Unknown {
  const statements = statementsOf(document);
  if (isUnknown(statements)) return statements;
  // statementsOf flattens principals; their types (Service, AWS …) are read from the document itself.
  const body = typeof document === 'string' ? (JSON.parse(document) as unknown) : document;
  const raw = field(body, 'Statement');
  const rawList = Array.isArray(raw) ? raw : [raw];
  return statements.map((s, i) => {
    const principals = principalsOf(field(rawList[i], 'Principal'));
    const unknown = principals.find((p) => p.kind === 'unknown');
    return {
      effect: asString(s.effect),
      everyone:
        s.notPrincipals.length > 0 || principals.some((p) => p.kind === 'everyone')
          ? true
          : unknown
            ? (unknown.unknown ?? new Unknown(unknown.text))
            : false,
      restricted: restrictingKeys(s.condition).length > 0,
      actions: s.actions.filter((a): a is string => typeof a === 'string').join(', '),
    };
  });
}
