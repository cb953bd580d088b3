import { Tri, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { itemInlinePolicies } from './item-policies';
import { IDENTITY_TYPES, attachedPolicyResources } from './policy-sources';

interface Facts {
  /** Number of policies in the identity's own Policies property. */
  readonly inline: number | Unknown;
  /** AWS::IAM::Policy resources that attach to it (CloudFormation creates those as inline policies too), and whether each exists. */
  readonly policyResources: { readonly id: string; readonly exists: Tri }[];
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
        inline: isUnknown(list) ? list : list.length,
        policyResources: attached.map((p) => ({ id: p.logicalId, exists: index.exists(p) })),
      };
    },
  },
  // Config lists the policies CloudFormation created from AWS::IAM::Policy among the identity's own.
  configItem: {
    resourceTypes: IDENTITY_TYPES,
    facts(item) {
      const list = itemInlinePolicies(item);
      return { inline: isUnknown(list) ? list : list.length, policyResources: [] };
    },
  },
  evaluate({ inline, policyResources }) {
    const found = [
      ...(typeof inline === 'number' && inline > 0 ? [`${inline} inline ${inline === 1 ? 'policy' : 'policies'}`] : []),
      ...policyResources.filter((p) => p.exists === true).map((p) => `inline policy from AWS::IAM::Policy ${p.id}`),
    ];
    if (found.length) return fail(`has ${found.join(', ')}`);
    if (isUnknown(inline)) return needsReview(`the inline policies are not known: ${inline.reason}`);
    const conditional = policyResources.filter((p) => isUnknown(p.exists)).map((p) => p.id);
    if (conditional.length)
      return needsReview(`AWS::IAM::Policy ${conditional.join(', ')} attaches only under an undecidable condition`);
    return pass('no inline policies');
  },
});
