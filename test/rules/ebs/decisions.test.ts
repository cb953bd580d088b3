import { Ec2EbsVolumeEncrypted } from '../../../rules/ebs/Ec2EbsVolumeEncrypted';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    Ec2EbsVolumeEncrypted,
    [
      ['encrypted', { encrypted: true, kmsKeySet: false, fromSnapshot: false }, 'COMPLIANT'],
      ['encrypted, key unknown', { encrypted: true, kmsKeySet: U, fromSnapshot: U }, 'COMPLIANT'],
      ['a KMS key given', { encrypted: undefined, kmsKeySet: true, fromSnapshot: false }, 'COMPLIANT'],
      ['off', { encrypted: false, kmsKeySet: false, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['not set, no snapshot', { encrypted: undefined, kmsKeySet: false, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['not set, from a snapshot', { encrypted: undefined, kmsKeySet: false, fromSnapshot: true }, 'INSUFFICIENT_DATA'],
      ['unknown', { encrypted: U, kmsKeySet: false, fromSnapshot: false }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
