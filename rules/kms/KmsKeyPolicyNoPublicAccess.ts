import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { EveryoneGrant, everyoneGrants, openGrants } from '../s3/public-policy';

interface Facts {
  /** Key policy statements that may grant to everyone. */
  readonly grants: EveryoneGrant[] | Unknown;
}

export const KmsKeyPolicyNoPublicAccess = defineRule<Facts>({
  id: 'KmsKeyPolicyNoPublicAccess',
  title: 'KMS key policies grant nothing to everyone without a condition',
  description:
    'A key policy that allows Principal "*" lets any AWS account use or manage the key unless a condition limits the caller, which undoes the encryption it protects.',
  severity: 'error',
  controls: {
    ncscCsp: ['2.3', '9'],
    tenSteps: ['data-security', 'identity-and-access-management'],
    cyberEssentials: ['user-access-control'],
  },
  remediation:
    'Grant the key to named principals (the account root, specific roles or services), or limit "*" with kms:CallerAccount, kms:ViaService or aws:PrincipalOrgID (CDK: key.grant*(role)).',
  template: {
    resourceTypes: ['AWS::KMS::Key'],
    facts: (key) => ({ grants: everyoneGrants(key.get('KeyPolicy')) }),
  },
  configItem: {
    resourceTypes: ['AWS::KMS::Key'],
    facts(key) {
      // Every key has a policy: one the item does not carry is not known, never empty.
      const policy = key.supplementaryConfiguration.Policy;
      return { grants: everyoneGrants(policy ?? new Unknown('the configuration item does not record the key policy')) };
    },
  },
  evaluate({ grants }) {
    const open = openGrants(grants);
    if (isUnknown(open)) return needsReview(`the key policy could not be read: ${open.reason}`);
    if (open.length)
      return fail(`the key policy grants ${open.map((g) => g.actions).join('; ')} to everyone without a narrowing condition`);
    // Unknowns in statements that a specific condition narrows anyway do not open the key.
    return pass('no statement grants the key to everyone without a narrowing condition', unknownsIn(grants));
  },
});
