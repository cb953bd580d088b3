import { SecretsManagerRotationEnabled } from '../../../rules/secretsmanager/SecretsManagerRotationEnabled';
import { SecretsManagerUsingCmk } from '../../../rules/secretsmanager/SecretsManagerUsingCmk';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    SecretsManagerRotationEnabled,
    [
      ['a schedule rotates it', { rotates: true, schedule: 'Rotation' }, 'COMPLIANT'],
      ['rotation enabled', { rotates: true }, 'COMPLIANT'],
      ['no rotation', { rotates: false }, 'NON_COMPLIANT'],
      ['a conditional schedule', { rotates: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    SecretsManagerUsingCmk,
    [
      ['customer managed', { key: 'customer-managed' }, 'COMPLIANT'],
      ['AWS managed', { key: 'aws-managed' }, 'NON_COMPLIANT'],
      ['no key (aws/secretsmanager)', { key: 'none' }, 'NON_COMPLIANT'],
      ['unknown', { key: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
