import { Maybe, asNumber, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly minimumLength: Maybe<number>;
  /** MfaConfiguration: it matters only when the length alone does not decide. */
  readonly mfa: Maybe<string>;
}

/** Cyber Essentials v3.3 password-based authentication: 12 characters, or 8 with MFA; no forced expiry (Cognito has none). */
const MIN_WITHOUT_MFA = 12;
const MIN_WITH_MFA = 8;

export const CognitoUserPoolPasswordPolicy = defineRule<Facts>({
  id: 'CognitoUserPoolPasswordPolicy',
  title: 'Cognito password policy meets Cyber Essentials',
  description:
    'Cyber Essentials requires passwords of at least 12 characters, or 8 where MFA is enforced; shorter passwords fall to guessing and credential stuffing.',
  severity: 'error',
  controls: { ncscCsp: ['10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Set Policies.PasswordPolicy.MinimumLength to 12 or more (CDK: passwordPolicy: { minLength: 12 }), or require MFA and keep at least 8.',
  template: {
    resourceTypes: ['AWS::Cognito::UserPool'],
    facts(pool) {
      return {
        minimumLength: asNumber(pool.get('Policies.PasswordPolicy.MinimumLength')),
        mfa: asString(pool.get('MfaConfiguration')),
      };
    },
  },
  evaluate({ minimumLength, mfa }) {
    if (isUnknown(minimumLength)) return needsReview(`the minimum password length is not known: ${minimumLength.reason}`);
    // Cognito's default minimum length is 8.
    const length = minimumLength ?? 8;
    if (length >= MIN_WITHOUT_MFA) return pass(`minimum length is ${length}`, isUnknown(mfa) ? [mfa] : []);
    if (length < MIN_WITH_MFA) return fail(`minimum length is ${length}, below ${MIN_WITH_MFA} even with MFA`);
    if (isUnknown(mfa))
      return needsReview(
        `minimum length is ${length}, enough only with MFA, and whether MFA is required is not known: ${mfa.reason}`,
      );
    if (mfa === 'ON') return pass(`minimum length is ${length} with MFA required`);
    return fail(
      `minimum length is ${length}${minimumLength === undefined ? ' (the default)' : ''} without required MFA; Cyber Essentials needs ${MIN_WITHOUT_MFA}`,
    );
  },
});
