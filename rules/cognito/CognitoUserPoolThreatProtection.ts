import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly mode: Maybe<string>;
}

export const CognitoUserPoolThreatProtection = defineRule<Facts>({
  id: 'CognitoUserPoolThreatProtection',
  title: 'Cognito user pools enforce threat protection',
  description:
    'Threat protection (advanced security) blocks sign-ins with leaked credentials and adaptive-risk attempts; in AUDIT mode it only records them.',
  severity: 'warning',
  controls: { ncscCsp: ['10', '5.2'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Set UserPoolAddOns.AdvancedSecurityMode: ENFORCED on the Plus feature plan (CDK: featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION).',
  template: {
    resourceTypes: ['AWS::Cognito::UserPool'],
    facts: (pool) => ({ mode: asString(pool.get('UserPoolAddOns.AdvancedSecurityMode')) }),
  },
  evaluate({ mode }) {
    if (isUnknown(mode)) return needsReview(`AdvancedSecurityMode is not known: ${mode.reason}`);
    if (mode === 'ENFORCED') return pass('threat protection is enforced');
    return fail(
      mode === undefined
        ? 'AdvancedSecurityMode is not set, so threat protection is OFF'
        : `AdvancedSecurityMode is ${String(mode)}, not ENFORCED`,
    );
  },
});
