import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { unknownsIn } from '../../lib/engine/unknown';
import { itemInlineSources } from './item-policies';
import { decryptsAllKeys } from './kms-actions';
import { IDENTITY_TYPES, PolicyFacts, inlineSources, matchingPolicies, summarise } from './policy-sources';

interface Facts {
  readonly policies: PolicyFacts[];
}

export const IamInlinePolicyNoKmsDecryptOnAllKeys = defineRule<Facts>({
  id: 'IamInlinePolicyNoKmsDecryptOnAllKeys',
  title: 'Inline policies do not allow kms:Decrypt or kms:ReEncryptFrom on all keys',
  description:
    'Decrypt on every key lets the holder read any data encrypted under a key whose key policy trusts the account, defeating per-dataset key separation.',
  severity: 'error',
  controls: {
    ncscCsp: ['2.3', '9'],
    tenSteps: ['identity-and-access-management', 'data-security'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS',
  remediation:
    'Name the key ARNs in Resource (CDK: key.grantDecrypt(role)), or constrain with kms:ViaService / kms:EncryptionContext conditions.',
  template: {
    resourceTypes: ['AWS::IAM::Policy', ...IDENTITY_TYPES],
    // AWS::IAM::Policy resources are reported on themselves; an identity is judged on its own Policies property.
    facts: (resource) => ({
      policies:
        resource.type === 'AWS::IAM::Policy'
          ? [summarise({ label: 'its policy document', document: resource.get('PolicyDocument') })]
          : inlineSources(resource).map(summarise),
    }),
  },
  configItem: {
    resourceTypes: IDENTITY_TYPES,
    facts: (item) => ({ policies: itemInlineSources(item).map(summarise) }),
  },
  evaluate(facts) {
    const { found, open } = matchingPolicies(facts.policies, decryptsAllKeys);
    if (found.length) return fail(`allows kms:Decrypt or kms:ReEncryptFrom on all keys in ${found.join(', ')}`);
    if (open) return needsReview(open.reason);
    return pass('no decrypt permission on all keys', unknownsIn(facts));
  },
});
