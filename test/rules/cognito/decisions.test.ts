import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { CognitoUserPoolMfaRequired } from '../../../rules/cognito/CognitoUserPoolMfaRequired';
import { CognitoUserPoolPasswordPolicy } from '../../../rules/cognito/CognitoUserPoolPasswordPolicy';
import { CognitoUserPoolThreatProtection } from '../../../rules/cognito/CognitoUserPoolThreatProtection';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['mfa on', CognitoUserPoolMfaRequired, { mfa: 'ON' }, 'COMPLIANT'],
    ['mfa optional', CognitoUserPoolMfaRequired, { mfa: 'OPTIONAL' }, 'NON_COMPLIANT'],
    ['mfa default', CognitoUserPoolMfaRequired, { mfa: undefined }, 'NON_COMPLIANT'],
    ['mfa open', CognitoUserPoolMfaRequired, { mfa: open }, 'INSUFFICIENT_DATA'],
    ['length 12, mfa open', CognitoUserPoolPasswordPolicy, { minimumLength: 12, mfa: open }, 'COMPLIANT'],
    ['length 8 with mfa', CognitoUserPoolPasswordPolicy, { minimumLength: 8, mfa: 'ON' }, 'COMPLIANT'],
    ['length 8, mfa open', CognitoUserPoolPasswordPolicy, { minimumLength: 8, mfa: open }, 'INSUFFICIENT_DATA'],
    ['default length without mfa', CognitoUserPoolPasswordPolicy, { minimumLength: undefined, mfa: undefined }, 'NON_COMPLIANT'],
    ['length 6 even with mfa', CognitoUserPoolPasswordPolicy, { minimumLength: 6, mfa: 'ON' }, 'NON_COMPLIANT'],
    ['length open', CognitoUserPoolPasswordPolicy, { minimumLength: open, mfa: 'ON' }, 'INSUFFICIENT_DATA'],
    ['threat protection enforced', CognitoUserPoolThreatProtection, { mode: 'ENFORCED' }, 'COMPLIANT'],
    ['threat protection audit', CognitoUserPoolThreatProtection, { mode: 'AUDIT' }, 'NON_COMPLIANT'],
    ['threat protection open', CognitoUserPoolThreatProtection, { mode: open }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
