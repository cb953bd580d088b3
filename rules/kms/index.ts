import { Rule } from '../../lib/engine/rule';
import { KmsKeyPolicyNoPublicAccess } from './KmsKeyPolicyNoPublicAccess';
import { KmsKeyRotationEnabled } from './KmsKeyRotationEnabled';

// KMS_CMK_NOT_SCHEDULED_FOR_DELETION has no template-time equivalent: PendingWindowInDays only sets the
// waiting period of a deletion someone may schedule later, so the check belongs to the runtime scanner.
export const rules: Rule[] = [KmsKeyRotationEnabled, KmsKeyPolicyNoPublicAccess];
