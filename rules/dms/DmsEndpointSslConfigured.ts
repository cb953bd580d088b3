import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly engine: Maybe<string>;
  readonly sslMode: Maybe<string>;
}

/** Engines whose connection takes an SslMode; the others (S3, DynamoDB, Kinesis, Kafka, OpenSearch, Neptune) use TLS or their own settings. */
const SSL_MODE_ENGINES = [
  'mysql',
  'mariadb',
  'aurora',
  'aurora-postgresql',
  'postgres',
  'oracle',
  'sqlserver',
  'babelfish',
  'azuredb',
  'azure-sql-managed-instance',
  'db2',
  'db2-zos',
  'sybase',
  'mongodb',
  'docdb',
  'redshift',
  'redshift-serverless',
];

export const DmsEndpointSslConfigured = defineRule<Facts>({
  id: 'DmsEndpointSslConfigured',
  title: 'DMS endpoints connect with TLS',
  description:
    'A migration streams whole databases; an endpoint without SSL moves every row, and the database credentials, across the network in clear text.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'DMS_ENDPOINT_SSL_CONFIGURED',
  remediation: 'Set SslMode to require, or verify-ca / verify-full with a CertificateArn.',
  template: {
    resourceTypes: ['AWS::DMS::Endpoint'],
    facts: (endpoint) => ({ engine: asString(endpoint.get('EngineName')), sslMode: asString(endpoint.get('SslMode')) }),
  },
  evaluate({ engine, sslMode }) {
    if (isUnknown(engine)) return needsReview(`EngineName is not known: ${engine.reason}`);
    if (engine !== undefined && !SSL_MODE_ENGINES.includes(engine.toLowerCase()))
      return notApplicable(`${engine} endpoints do not take an SslMode`);
    if (isUnknown(sslMode)) return needsReview(`SslMode is not known: ${sslMode.reason}`);
    if (sslMode && sslMode !== 'none') return pass(`SslMode is ${sslMode}`);
    return fail(sslMode === 'none' ? 'SslMode is none' : 'SslMode is not set (it defaults to none)');
  },
});
