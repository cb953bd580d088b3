import { Maybe, Tri, asString, hasProperty } from '../../lib/engine/facts';
import { conditionKeys, statementsOf } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { resolveWithOwnAccount } from '../iam/own-account';
import { Principal, permissionPrincipal, principalsOf } from '../iam/principals';

/** One grant of a function or layer policy. */
interface Grant {
  readonly principal: Principal;
  /** Restricting conditions that are set: SourceArn, SourceAccount, PrincipalOrgID, OrganizationId, EventSourceToken. */
  readonly restrictions: string[];
  /** Restricting conditions that may or may not be set. */
  readonly open: Unknown[];
  readonly action: Maybe<string>;
}

interface Facts {
  readonly grants: Grant[];
}

/** Properties that confine a grant; EventSourceToken is how Alexa skills prove the caller. */
const RESTRICTIONS = ['SourceArn', 'SourceAccount', 'PrincipalOrgID', 'OrganizationId', 'EventSourceToken'];

/** The condition keys AddPermission writes into the function policy for each of them. */
const CONDITION_KEYS: Record<string, string> = {
  'aws:sourcearn': 'SourceArn',
  'aws:sourceaccount': 'SourceAccount',
  'aws:principalorgid': 'PrincipalOrgID',
  'lambda:eventsourcetoken': 'EventSourceToken',
};

export const LambdaFunctionPublicAccessProhibited = defineRule<Facts>({
  id: 'LambdaFunctionPublicAccessProhibited',
  title: 'Lambda functions and layers cannot be invoked or read by anyone',
  description:
    'A permission for Principal "*", or for a service without SourceArn/SourceAccount, lets any AWS account (or any customer of that service) invoke the function: a public entry point that bypasses the boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls', 'secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED',
  remediation:
    'Grant a named account or role, and give service principals a SourceArn (and SourceAccount for s3.amazonaws.com) or PrincipalOrgID (CDK: fn.grantInvoke(principal) or fn.addPermission with sourceArn/sourceAccount).',
  template: {
    resourceTypes: ['AWS::Lambda::Permission', 'AWS::Lambda::LayerVersionPermission'],
    facts(permission, { index }) {
      const principal = permissionPrincipal(resolveWithOwnAccount(permission, index, permission.raw.Properties?.Principal));
      const restrictions: string[] = [];
      const open: Unknown[] = [];
      for (const key of RESTRICTIONS) {
        const set = restrictionSet(permission, key);
        if (isUnknown(set)) open.push(new Unknown(`${key} may not be set: ${set.reason}`));
        else if (set) restrictions.push(key);
      }
      return { grants: [{ principal, restrictions, open, action: asString(permission.get('Action')) }] };
    },
  },
  configItem: {
    // AddPermission's grants, as the function policy Config records beside the function
    resourceTypes: ['AWS::Lambda::Function'],
    facts: (fn) => ({ grants: grantsOfPolicy(fn.supplementaryConfiguration.Policy) }),
  },
  evaluate(facts) {
    const { grants } = facts;
    if (grants.length === 0) return pass('no resource policy grants access to the function');
    const problems: string[] = [];
    let review: string | undefined;
    for (const g of grants) {
      const { principal: p, restrictions } = g;
      const action = typeof g.action === 'string' ? g.action : 'access';
      if (p.kind === 'account') continue;
      if (p.kind === 'unknown') {
        review ??= `Principal is not known: ${p.text}`;
        continue;
      }
      // S3 bucket ARNs carry no account, so a SourceArn alone does not stop another account's bucket of the same name.
      const enough =
        p.text === 's3.amazonaws.com'
          ? restrictions.some((r) => r === 'SourceAccount' || r === 'PrincipalOrgID')
          : restrictions.length > 0;
      if (enough) continue;
      if (g.open.length) {
        review ??= g.open[0].reason;
        continue;
      }
      if (p.kind === 'everyone') problems.push(`grants ${action} to everyone (Principal "*")`);
      else
        problems.push(
          `grants ${action} to ${p.text} without ${p.text === 's3.amazonaws.com' ? 'SourceAccount or PrincipalOrgID' : 'SourceArn, SourceAccount or PrincipalOrgID'}`,
        );
    }
    if (problems.length) return fail(problems.join('; '));
    if (review) return needsReview(review);
    // Every Unknown was weighed above: one that could matter left a reason in `review`.
    return pass('access is limited to named accounts or conditioned services', unknownsIn(facts));
  },
});

/**
 * Whether a restricting condition is set. AddPermission rejects an empty one (each has a
 * pattern: an ARN, 12 digits, an organisation id), so a value that is written, and not
 * chosen by an Fn::If that may drop it, is set even when it is only known at deployment.
 */
function restrictionSet(permission: TemplateResource, key: string): Tri {
  const set = hasProperty(permission, key);
  if (!isUnknown(set)) return set;
  const raw = permission.raw.Properties?.[key];
  const written = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  return written.length === 1 && written[0] === 'Fn::If' ? set : true;
}

/** The Allow statements of a function policy as grants; none when the function has no policy. */
function grantsOfPolicy(policy: unknown): Grant[] {
  const statements = statementsOf(policy);
  if (isUnknown(statements))
    return [{ principal: { kind: 'unknown', text: statements.reason }, restrictions: [], open: [], action: undefined }];
  return statements
    .filter((s) => s.effect === 'Allow')
    .flatMap((s) => {
      const restrictions = conditionKeys(s.condition).flatMap((k) => (CONDITION_KEYS[k] ? [CONDITION_KEYS[k]] : []));
      const action = s.actions.filter((a): a is string => typeof a === 'string').join(', ') || undefined;
      return principalsOf(s.principal).map((principal) => ({ principal, restrictions, open: [], action }));
    });
}
