import { Maybe, Tri, asString, hasProperty } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

type Facts =
  { readonly kind: 'user'; readonly consolePassword: Tri } | { readonly kind: 'access-key'; readonly status: Maybe<string> };

export const IamNoUsersOrAccessKeys = defineRule<Facts>({
  id: 'IamNoUsersOrAccessKeys',
  title: 'No long-lived IAM credentials: no console passwords or access keys',
  description:
    'IAM user passwords and access keys do not expire, are easily leaked and sit outside single sign-on and its MFA; people should sign in through IAM Identity Center and workloads should use roles.',
  severity: 'warning',
  controls: { ncscCsp: ['9', '10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Give people access through IAM Identity Center permission sets and workloads an IAM role (instance profile, task role, OIDC federation for CI); remove LoginProfile and AWS::IAM::AccessKey.',
  template: {
    resourceTypes: ['AWS::IAM::User', 'AWS::IAM::AccessKey'],
    facts(resource) {
      if (resource.type === 'AWS::IAM::AccessKey') return { kind: 'access-key', status: asString(resource.get('Status')) };
      return { kind: 'user', consolePassword: hasProperty(resource, 'LoginProfile') };
    },
  },
  evaluate(facts) {
    if (facts.kind === 'access-key') {
      // Status defaults to Active.
      if (isUnknown(facts.status)) return needsReview(`the key's status is not known: ${facts.status.reason}`);
      if (facts.status === 'Inactive') return pass('the access key is inactive');
      return fail('creates a long-lived access key');
    }
    if (isUnknown(facts.consolePassword))
      return needsReview(`whether the user has a console password is not known: ${facts.consolePassword.reason}`);
    if (facts.consolePassword) return fail('the user has a console password');
    return pass('the user has no console password');
  },
});
