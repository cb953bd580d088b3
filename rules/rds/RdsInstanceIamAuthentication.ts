import { Maybe, Tri, asBoolean } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { EngineFamily, engineFamily, isClusterMember, unlessClusterMember } from './engine';
import { iamAuthenticationVerdict } from './iam-authentication';
import { isClusterMemberItem, value } from './item';

interface Facts {
  readonly clusterMember: Tri;
  readonly engine: Maybe<EngineFamily>;
  readonly iamAuthentication: Maybe<boolean>;
}

/** Engines whose stand-alone instances support IAM database authentication. */
const SUPPORTED: readonly EngineFamily[] = ['mysql', 'mariadb', 'postgres'];

export const RdsInstanceIamAuthentication = defineRule<Facts>({
  id: 'RdsInstanceIamAuthentication',
  title: 'RDS DB instances accept IAM database authentication',
  description:
    'IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities, so access is granted, audited and revoked centrally.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10'],
    tenSteps: ['architecture-and-configuration', 'identity-and-access-management'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED',
  remediation:
    'Set EnableIAMDatabaseAuthentication: true (CDK: iamAuthentication: true) and grant rds-db:connect to the roles that need it.',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({
      clusterMember: isClusterMember(db),
      engine: engineFamily(db.get('Engine')),
      iamAuthentication: asBoolean(db.get('EnableIAMDatabaseAuthentication')),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({
      clusterMember: isClusterMemberItem(db),
      engine: engineFamily(value(db, 'engine')),
      iamAuthentication: asBoolean(value(db, 'iAMDatabaseAuthenticationEnabled')),
    }),
  },
  evaluate(facts) {
    return unlessClusterMember(facts, 'IAM authentication of an Aurora instance is set on its cluster', () =>
      iamAuthenticationVerdict(facts.engine, SUPPORTED, facts.iamAuthentication, 'does not support IAM database authentication'),
    );
  },
});
