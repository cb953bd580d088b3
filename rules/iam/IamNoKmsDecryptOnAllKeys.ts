import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { unknownsIn } from '../../lib/engine/unknown';
import { MANAGED_POLICY_ITEM, defaultDocument } from './item-policies';
import { decryptsAllKeys } from './kms-actions';
import { PolicyFacts, matchingPolicies, summarise } from './policy-sources';

interface Facts {
  readonly policies: PolicyFacts[];
}

export const IamNoKmsDecryptOnAllKeys = defineRule<Facts>({
  id: 'IamNoKmsDecryptOnAllKeys',
  title: 'Managed policies do not allow kms:Decrypt or kms:ReEncryptFrom on all keys',
  description:
    'Decrypt on every key lets the holder read any data encrypted under a key whose key policy trusts the account, defeating per-dataset key separation.',
  severity: 'error',
  controls: {
    ncscCsp: ['2.3', '9'],
    tenSteps: ['identity-and-access-management', 'data-security'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS',
  remediation:
    'Name the key ARNs in Resource (CDK: key.grantDecrypt(role)), or constrain with kms:ViaService / kms:EncryptionContext conditions.',
  template: {
    resourceTypes: ['AWS::IAM::ManagedPolicy'],
    facts: (policy) => ({ policies: [summarise({ label: 'its policy document', document: policy.get('PolicyDocument') })] }),
  },
  configItem: {
    resourceTypes: [MANAGED_POLICY_ITEM],
    facts: (policy) => ({ policies: [summarise({ label: 'its policy document', document: defaultDocument(policy) })] }),
  },
  evaluate(facts) {
    const { found, open } = matchingPolicies(facts.policies, decryptsAllKeys);
    if (found.length) return fail('allows kms:Decrypt or kms:ReEncryptFrom on all keys');
    if (open) return needsReview(open.reason);
    return pass('no decrypt permission on all keys', unknownsIn(facts));
  },
});
