import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly mfa: Maybe<string>;
}

export const CognitoUserPoolMfaRequired = defineRule<Facts>({
  id: 'CognitoUserPoolMfaRequired',
  title: 'Cognito user pools require MFA',
  description:
    'Passwords alone are phished and reused; Cyber Essentials v3.3 fails any cloud service with password sign-in that does not enforce a second factor. OPTIONAL leaves each user to decide.',
  severity: 'error',
  controls: { ncscCsp: ['10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'COGNITO_USER_POOL_MFA_ENABLED',
  remediation:
    'Set MfaConfiguration: ON with software-token (TOTP) or SMS factors (CDK: mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { otp: true, sms: false }).',
  template: {
    resourceTypes: ['AWS::Cognito::UserPool'],
    facts: (pool) => ({ mfa: asString(pool.get('MfaConfiguration')) }),
  },
  evaluate({ mfa }) {
    if (isUnknown(mfa)) return needsReview(`MfaConfiguration is not known: ${mfa.reason}`);
    if (mfa === 'ON') return pass('MFA is required');
    // MfaConfiguration defaults to OFF.
    return fail(
      mfa === undefined
        ? 'MfaConfiguration is not set, so MFA is OFF'
        : `MfaConfiguration is ${String(mfa)}, so users may sign in with a password alone`,
    );
  },
});
