import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { IDENTITY_TYPES, attachedPolicyResources } from './policy-sources';
import { Undecided, isUndecided, listOf, undecided } from './values';

interface Facts {
  /** Number of policies in the identity's own Policies property. */
  readonly inline: number | Undecided;
  /** AWS::IAM::Policy resources that attach to it: CloudFormation creates those as inline policies too. */
  readonly policyResources: string[];
  /** Such resources that exist only under an undecidable condition. */
  readonly conditional: string[];
}

export const IamNoInlinePolicy = defineRule<Facts>({
  id: 'IamNoInlinePolicy',
  title: 'Roles, users and groups have no inline policies',
  description:
    'Inline policies cannot be reused, versioned or reviewed centrally, so permissions drift per identity; managed policies keep a single, auditable definition.',
  severity: 'warning',
  controls: { ncscCsp: ['9'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_NO_INLINE_POLICY_CHECK',
  remediation:
    'Move the statements into an AWS::IAM::ManagedPolicy attached through ManagedPolicyArns (CDK: new iam.ManagedPolicy(...) and role.addManagedPolicy, instead of role.addToPolicy / grant* default policies).',
  template: {
    resourceTypes: IDENTITY_TYPES,
    facts(identity, { index }) {
      const list = listOf(identity.get('Policies'));
      const attached = attachedPolicyResources(identity, index, 'AWS::IAM::Policy');
      return {
        inline: isUnknown(list) ? undecided(list) : list.length,
        policyResources: attached.filter((p) => index.exists(p) === true).map((p) => p.logicalId),
        conditional: attached.filter((p) => index.exists(p) !== true).map((p) => p.logicalId),
      };
    },
  },
  evaluate({ inline, policyResources, conditional }) {
    const found = [
      ...(typeof inline === 'number' && inline > 0
        ? [`${inline} inline ${inline === 1 ? 'policy' : 'policies'} in Policies`]
        : []),
      ...policyResources.map((id) => `inline policy from AWS::IAM::Policy ${id}`),
    ];
    if (found.length) return fail(`has ${found.join(', ')}`);
    if (isUndecided(inline)) return needsReview(`Policies is not known: ${inline.undecided}`);
    if (conditional.length)
      return needsReview(`AWS::IAM::Policy ${conditional.join(', ')} attaches only under an undecidable condition`);
    return pass('no inline policies');
  },
});
