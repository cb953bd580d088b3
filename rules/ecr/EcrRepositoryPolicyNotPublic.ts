import { statementsOf } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { principalsOf, restrictingKeys } from '../iam/principals';
import { Undecided, isUndecided, undecided } from '../iam/values';

interface Grant {
  readonly effect: unknown;
  /** Whether the statement names everyone (`*`) among its principals; undecided when a principal is unknown. */
  readonly everyone: boolean | Undecided;
  readonly restricted: boolean;
  readonly actions: string;
}

interface Facts {
  readonly statements: Grant[] | Undecided;
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
    facts(repo) {
      const doc = repo.get('RepositoryPolicyText');
      const statements = statementsOf(doc);
      if (isUnknown(statements)) return { statements: undecided(statements) };
      const raw = (typeof doc === 'string' ? JSON.parse(doc) : doc) as { Statement?: unknown } | undefined;
      const rawList = raw?.Statement === undefined ? [] : Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
      return {
        statements: statements.map((s, i) => {
          const principals = principalsOf((rawList[i] as Record<string, unknown> | undefined)?.Principal);
          const unknownPrincipal = principals.find((p) => p.kind === 'unknown');
          return {
            effect: isUnknown(s.effect) ? undecided(s.effect) : s.effect,
            everyone:
              principals.some((p) => p.kind === 'everyone') ||
              (rawList[i] as Record<string, unknown> | undefined)?.NotPrincipal !== undefined
                ? true
                : unknownPrincipal
                  ? undecided(unknownPrincipal.text)
                  : false,
            restricted: restrictingKeys(s.condition).length > 0,
            actions: s.actions.filter((a) => typeof a === 'string').join(', '),
          };
        }),
      };
    },
  },
  evaluate({ statements }) {
    if (isUndecided(statements)) return needsReview(`RepositoryPolicyText is not known: ${statements.undecided}`);
    const open = statements.filter((s) => s.effect === 'Allow' && s.everyone === true && !s.restricted);
    if (open.length)
      return fail(
        `allows everyone (Principal "*") ${open.map((s) => s.actions || 'actions').join('; ')} without a restricting condition`,
      );
    const unread = statements.find((s) => isUndecided(s.effect) || (isUndecided(s.everyone) && !s.restricted));
    if (unread)
      return needsReview(
        `a statement could not be read: ${isUndecided(unread.effect) ? unread.effect.undecided : (unread.everyone as Undecided).undecided}`,
      );
    return pass(statements.length ? 'the repository policy grants nothing to everyone' : 'the repository has no policy');
  },
});
