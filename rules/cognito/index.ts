import { Rule } from '../../lib/engine/rule';
import { CognitoUserPoolMfaRequired } from './CognitoUserPoolMfaRequired';
import { CognitoUserPoolPasswordPolicy } from './CognitoUserPoolPasswordPolicy';
import { CognitoUserPoolThreatProtection } from './CognitoUserPoolThreatProtection';

export const rules: Rule[] = [CognitoUserPoolMfaRequired, CognitoUserPoolPasswordPolicy, CognitoUserPoolThreatProtection];
