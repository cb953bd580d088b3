import { KmsKeyPolicyNoPublicAccess } from '../../../rules/kms/KmsKeyPolicyNoPublicAccess';
import { KmsKeyRotationEnabled } from '../../../rules/kms/KmsKeyRotationEnabled';
import { U, decisionTables } from '../decision-table';

const TO_EVERYONE = { effect: 'Allow', everyone: true, actions: ['kms:Decrypt'], notActions: [], narrowing: [] };
const KEY = { keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', rotation: true, awsManaged: false };

decisionTables([
  [
    KmsKeyPolicyNoPublicAccess,
    [
      ['nothing to everyone', { grants: [] }, 'COMPLIANT'],
      [
        'narrowed to the calling account',
        { grants: [{ ...TO_EVERYONE, narrowing: [{ operator: 'StringEquals', key: 'kms:CallerAccount', values: 'specific' }] }] },
        'COMPLIANT',
      ],
      ['decrypt to everyone', { grants: [TO_EVERYONE] }, 'NON_COMPLIANT'],
      ['principal unknown, not narrowed', { grants: [{ ...TO_EVERYONE, everyone: U }] }, 'INSUFFICIENT_DATA'],
      ['policy unknown', { grants: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    KmsKeyRotationEnabled,
    [
      ['rotating', KEY, 'COMPLIANT'],
      ['AWS managed', { ...KEY, rotation: U, awsManaged: true }, 'NOT_APPLICABLE'],
      ['asymmetric', { ...KEY, keySpec: 'RSA_2048', rotation: false }, 'NOT_APPLICABLE'],
      ['imported material', { ...KEY, origin: 'EXTERNAL', rotation: false }, 'NOT_APPLICABLE'],
      ['not rotating', { ...KEY, rotation: false }, 'NON_COMPLIANT'],
      ['rotation not set', { ...KEY, rotation: undefined }, 'NON_COMPLIANT'],
      ['rotation unknown', { ...KEY, rotation: U }, 'INSUFFICIENT_DATA'],
      ['manager unknown', { ...KEY, awsManaged: U }, 'INSUFFICIENT_DATA'],
      ['spec unknown', { ...KEY, keySpec: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
