import { DmsEndpointPasswordNotPlaintext } from '../../../rules/dms/DmsEndpointPasswordNotPlaintext';
import { DmsEndpointSslConfigured } from '../../../rules/dms/DmsEndpointSslConfigured';
import { DmsReplicationInstanceNotPublic } from '../../../rules/dms/DmsReplicationInstanceNotPublic';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    DmsEndpointSslConfigured,
    [
      ['postgres requiring SSL', { engine: 'postgres', sslMode: 'require' }, 'COMPLIANT'],
      ['verify-full', { engine: 'mysql', sslMode: 'verify-full' }, 'COMPLIANT'],
      ['SSL mode none', { engine: 'postgres', sslMode: 'none' }, 'NON_COMPLIANT'],
      ['SSL mode unset', { engine: 'oracle', sslMode: undefined }, 'NON_COMPLIANT'],
      ['SSL mode unknown', { engine: 'postgres', sslMode: U }, 'INSUFFICIENT_DATA'],
      ['S3 endpoint', { engine: 's3', sslMode: undefined }, 'NOT_APPLICABLE'],
      ['S3 endpoint, SSL mode unknown', { engine: 's3', sslMode: U }, 'NOT_APPLICABLE'],
      ['engine unknown', { engine: U, sslMode: 'require' }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DmsReplicationInstanceNotPublic,
    [
      ['private', { publiclyAccessible: false }, 'COMPLIANT'],
      ['public', { publiclyAccessible: true }, 'NON_COMPLIANT'],
      ['unset (public by default)', { publiclyAccessible: undefined }, 'NON_COMPLIANT'],
      ['unknown', { publiclyAccessible: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DmsEndpointPasswordNotPlaintext,
    [
      ['no password', { source: 'absent' }, 'COMPLIANT'],
      ['dynamic reference', { source: 'dynamic-reference' }, 'COMPLIANT'],
      ['literal', { source: 'literal' }, 'NON_COMPLIANT'],
      ['echoed parameter', { source: 'echoed-parameter', parameter: 'Pw' }, 'NON_COMPLIANT'],
      ['unknown', { source: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
