import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { conditionKeys } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

import { OWN_ACCOUNT, resolveWithOwnAccount } from './own-account';
import { Principal, principalsOf, restrictingKeys } from './principals';

interface TrustStatement {
  readonly effect: Maybe<string>;
  readonly principals: Principal[];
  /** NotPrincipal with Allow trusts everyone except the named principals. */
  readonly notPrincipal: boolean;
  readonly restricting: string[];
  readonly conditionKeys: string[];
  /** The statement's Condition, when it is not known. */
  readonly conditionUnknown?: Unknown;
}

interface Facts {
  readonly statements: TrustStatement[] | Unknown;
  /** The stack's account when the template is bound to one. */
  readonly ownAccount?: string;
}

export const IamRoleTrustRestricted = defineRule<Facts>({
  id: 'IamRoleTrustRestricted',
  title: 'Role trust policies trust only this account, AWS services or conditioned third parties',
  description:
    'A trust policy open to "*", to another account without sts:ExternalId or aws:PrincipalOrgID, or to a federated provider without conditions lets outsiders assume the role (and is the confused-deputy route into supplier accounts).',
  severity: 'error',
  controls: {
    ncscCsp: ['8', '9'],
    tenSteps: ['identity-and-access-management', 'supply-chain-security'],
    cyberEssentials: ['user-access-control'],
  },
  remediation:
    'Trust named principals only: AWS services, this account, accounts of your organisation with an aws:PrincipalOrgID condition, or a third party with an sts:ExternalId condition; add sub/aud conditions to OIDC federation (CDK: new iam.AccountPrincipal(id).withConditions(...)).',
  template: {
    resourceTypes: ['AWS::IAM::Role'],
    facts(role, { index }) {
      const doc = resolveWithOwnAccount(role, index, role.raw.Properties?.AssumeRolePolicyDocument);
      return { statements: trustStatements(typeof doc === 'string' ? safeJson(doc) : doc), ownAccount: role.template.account };
    },
  },
  configItem: {
    resourceTypes: ['AWS::IAM::Role'],
    facts: (role) => ({
      statements: trustStatements(recorded(role.configuration, 'assumeRolePolicyDocument')),
      ownAccount: role.accountId,
    }),
  },
  evaluate(facts) {
    const { statements, ownAccount } = facts;
    if (isUnknown(statements)) return needsReview(`the trust policy is not known: ${statements.reason}`);
    const problems: string[] = [];
    let open: string | undefined;
    for (const s of statements) {
      if (isUnknown(s.effect)) {
        open ??= `a statement's effect is not known: ${s.effect.reason}`;
        continue;
      }
      if (s.effect !== 'Allow') continue;
      const restricted = s.restricting.length > 0;
      if (s.conditionUnknown && !restricted) open ??= `a statement's condition is not known: ${s.conditionUnknown.reason}`;
      if (s.notPrincipal) {
        if (!restricted) problems.push('Allow with NotPrincipal trusts everyone else');
        continue;
      }
      for (const p of s.principals) {
        switch (p.kind) {
          case 'service':
            break;
          case 'everyone':
            if (!restricted) problems.push('trusts Principal "*" without an organisation, account or external-id condition');
            break;
          case 'account':
            if (p.account === OWN_ACCOUNT || p.account === ownAccount || restricted) break;
            if (ownAccount === undefined)
              open ??= `the stack's account is not known, so ${p.text} may be another account; bind the stack to an environment`;
            else problems.push(`trusts account ${p.account} without an sts:ExternalId or aws:PrincipalOrgID condition`);
            break;
          case 'federated':
            if (s.conditionUnknown) break;
            if (p.unknown && !s.conditionKeys.some((k) => k.endsWith(':sub'))) {
              open ??= `federated principal ${p.text} is not known: ${p.unknown.reason}`;
              break;
            }
            if (s.conditionKeys.length === 0)
              problems.push(
                `trusts federated principal ${p.text} without any condition, so any identity of that provider can assume it`,
              );
            // GitHub's audience is the same for every repository: only the subject names yours.
            else if (p.text.includes('token.actions.githubusercontent.com') && !s.conditionKeys.some((k) => k.endsWith(':sub'))) {
              problems.push(
                'trusts GitHub Actions OIDC without a token.actions.githubusercontent.com:sub condition, so any repository can assume it',
              );
            }
            break;
          default:
            if (!restricted) open ??= `principal is not known: ${p.text}`;
        }
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (open) return needsReview(open);
    // Every Unknown in the facts was weighed above: one that could matter left a reason in `open`.
    return pass('trusts only this account, AWS services or conditioned principals', unknownsIn(facts));
  },
});

/** The statements of a trust policy document, or an Unknown when the document or its statement list is not known. */
function trustStatements(document: unknown): TrustStatement[] | Unknown {
  if (isUnknown(document)) return document;
  const raw = field(document, 'Statement');
  // The policy grammar allows one statement object in place of a list.
  const list = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !isUnknown(raw) ? [raw] : listOf(raw);
  if (isUnknown(list)) return list;
  return list.map((item): TrustStatement => {
    if (isUnknown(item))
      return { effect: item, principals: [], notPrincipal: false, restricting: [], conditionKeys: [], conditionUnknown: item };
    const condition = field(item, 'Condition');
    const principal = field(item, 'Principal') ?? field(item, 'NotPrincipal');
    return {
      effect: asString(field(item, 'Effect')),
      principals: principalsOf(principal),
      notPrincipal: field(item, 'NotPrincipal') !== undefined,
      restricting: restrictingKeys(condition),
      conditionKeys: conditionKeys(condition),
      ...(isUnknown(condition) ? { conditionUnknown: condition } : {}),
    };
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return new Unknown('the trust policy is not valid JSON');
  }
}
