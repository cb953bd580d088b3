import { DmsEndpointSslConfigured } from '../../../rules/dms/DmsEndpointSslConfigured';
import { DmsReplicationInstanceNotPublic } from '../../../rules/dms/DmsReplicationInstanceNotPublic';
import { parity } from '../docdb/item-parity';
import { PARAM } from '../harness';

const ENDPOINT = { template: 'AWS::DMS::Endpoint', item: 'AWS::DMS::Endpoint' };
const endpoint = { EndpointType: 'source' };

parity(DmsEndpointSslConfigured, ENDPOINT, [
  [
    'postgres requiring SSL',
    { ...endpoint, EngineName: 'postgres', SslMode: 'require' },
    { EngineName: 'postgres', SslMode: 'require' },
    'COMPLIANT',
  ],
  [
    'postgres without SSL',
    { ...endpoint, EngineName: 'postgres', SslMode: 'none' },
    { EngineName: 'postgres', SslMode: 'none' },
    'NON_COMPLIANT',
  ],
  ['S3 target', { ...endpoint, EngineName: 's3' }, { EngineName: 's3', SslMode: 'none' }, 'NOT_APPLICABLE'],
  ['SSL mode undecided', { ...endpoint, EngineName: 'mysql', SslMode: PARAM }, { EngineName: 'mysql' }, 'INSUFFICIENT_DATA'],
]);

parity(DmsReplicationInstanceNotPublic, { template: 'AWS::DMS::ReplicationInstance', item: 'AWS::DMS::ReplicationInstance' }, [
  [
    'private',
    { ReplicationInstanceClass: 'dms.t3.micro', PubliclyAccessible: false },
    { PubliclyAccessible: false },
    'COMPLIANT',
  ],
  [
    'public',
    { ReplicationInstanceClass: 'dms.t3.micro', PubliclyAccessible: true },
    { PubliclyAccessible: true },
    'NON_COMPLIANT',
  ],
  ['undecided', { ReplicationInstanceClass: 'dms.t3.micro', PubliclyAccessible: PARAM }, {}, 'INSUFFICIENT_DATA'],
]);
