import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** The database engine at the endpoint (`postgres`, `s3` …). */
  readonly engine: Maybe<string>;
  /** How the connection uses TLS: `none`, `require`, `verify-ca`, `verify-full`. */
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
  configItem: {
    resourceTypes: ['AWS::DMS::Endpoint'],
    facts: ({ configuration: c }) => ({ engine: asString(recorded(c, 'EngineName')), sslMode: asString(recorded(c, 'SslMode')) }),
  },
  evaluate({ engine, sslMode }) {
    if (isUnknown(engine)) return needsReview(`the endpoint’s engine is not known: ${engine.reason}`);
    if (engine !== undefined && !SSL_MODE_ENGINES.includes(engine.toLowerCase()))
      return notApplicable(`${engine} endpoints do not take an SSL mode`, isUnknown(sslMode) ? [sslMode] : []);
    if (isUnknown(sslMode)) return needsReview(`the SSL mode is not known: ${sslMode.reason}`);
    if (sslMode && sslMode !== 'none') return pass(`the endpoint connects with SSL mode ${sslMode}`);
    return fail(
      sslMode === 'none' ? 'the SSL mode is none, so the connection is clear text' : 'no SSL mode is set (it defaults to none)',
    );
  },
});
