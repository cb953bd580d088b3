import { asBoolean } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { Unknown } from '../../lib/engine/unknown';
import { EngineFamily, engineFamily } from './engine';
import { iamAuthenticationVerdict } from './iam-authentication';
import { value } from './item';

interface Facts {
  readonly engine: EngineFamily | undefined | Unknown;
  readonly iamAuthentication: boolean | undefined | Unknown;
}

/** Aurora and Multi-AZ DB cluster engines that support IAM database authentication. */
const SUPPORTED: readonly EngineFamily[] = ['aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres'];

export const RdsClusterIamAuthentication = defineRule<Facts>({
  id: 'RdsClusterIamAuthentication',
  title: 'RDS DB clusters accept IAM database authentication',
  description:
    'IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities, so access is granted, audited and revoked centrally.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED',
  remediation:
    'Set EnableIAMDatabaseAuthentication: true (CDK: iamAuthentication: true) and grant rds-db:connect to the roles that need it.',
  template: {
    resourceTypes: ['AWS::RDS::DBCluster'],
    facts: (cluster) => ({
      engine: engineFamily(cluster.get('Engine')),
      iamAuthentication: asBoolean(cluster.get('EnableIAMDatabaseAuthentication')),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBCluster'],
    facts: (cluster) => ({
      engine: engineFamily(value(cluster, 'engine')),
      iamAuthentication: asBoolean(value(cluster, 'iamdatabaseAuthenticationEnabled')),
    }),
  },
  evaluate: ({ engine, iamAuthentication }) =>
    iamAuthenticationVerdict(engine, SUPPORTED, iamAuthentication, 'clusters do not support IAM database authentication'),
});
