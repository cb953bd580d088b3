import { Maybe, Tri, asString, relatedResource } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { EngineFamily, engineFamily, isClusterMember, unlessClusterMember } from './engine';

interface Facts {
  readonly clusterMember: Tri;
  readonly engine: Maybe<EngineFamily>;
  /** The engine's TLS parameter as its parameter group sets it; undefined when the group leaves the engine default. */
  readonly setting: Maybe<string>;
  /** Whether the engine default already forces TLS (RDS for PostgreSQL 15 and later). */
  readonly defaultForcesTls: Tri;
}

const PARAMETER: Partial<Record<EngineFamily, string>> = {
  postgres: 'rds.force_ssl',
  'aurora-postgresql': 'rds.force_ssl',
  sqlserver: 'rds.force_ssl',
  mysql: 'require_secure_transport',
  mariadb: 'require_secure_transport',
  'aurora-mysql': 'require_secure_transport',
};

export const RdsTlsEnforced = defineRule<Facts>({
  id: 'RdsTlsEnforced',
  title: 'RDS databases refuse connections without TLS',
  description:
    'Unless the engine is told to require TLS, a client can connect in clear text and credentials and personal data cross the network readable.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation:
    'Use a custom parameter group that sets rds.force_ssl = 1 (PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL, MariaDB), on the cluster parameter group for Aurora (CDK: parameterGroup / parameters).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts(db, { index }) {
      const clusterMember = db.type === 'AWS::RDS::DBInstance' ? isClusterMember(db) : false;
      const engine = engineFamily(db.get('Engine'));
      const name = engine && !isUnknown(engine) ? PARAMETER[engine] : undefined;
      if (!name) return { clusterMember, engine, setting: undefined, defaultForcesTls: false };
      const setting = parameterOf(db, name, index);
      return {
        clusterMember,
        engine,
        setting,
        defaultForcesTls: setting === undefined ? defaultForcesTls(db, engine as EngineFamily) : false,
      };
    },
  },
  evaluate(facts) {
    const { engine, setting, defaultForcesTls } = facts;
    return unlessClusterMember(facts, 'an Aurora instance takes its TLS setting from the cluster parameter group', () => {
      if (isUnknown(engine)) return needsReview(`the engine is not known: ${engine.reason}`);
      if (engine === undefined)
        return needsReview('the engine is not stated (a replica or restore inherits it), so its TLS parameter cannot be checked');
      const name = PARAMETER[engine];
      if (!name)
        return notApplicable(`${engine} takes TLS settings from an option group or the client, not a parameter this rule reads`);
      if (isUnknown(setting)) return needsReview(`${name} is not known: ${setting.reason}`);
      if (setting === undefined) {
        if (isUnknown(defaultForcesTls)) return needsReview(`the engine version is not known: ${defaultForcesTls.reason}`);
        if (defaultForcesTls) return pass(`${name} is left at the ${engine} default, which requires TLS in this version`);
        return fail(`the parameter group does not set ${name}, and the ${engine} default allows connections without TLS`);
      }
      if (/^(1|on|true)$/i.test(String(setting))) return pass(`${name} is ${String(setting)}`);
      return fail(`${name} is ${String(setting)}, so connections without TLS are accepted`);
    });
  },
});

/** The value of one parameter in the resource's (cluster) parameter group; undefined for a default group or an unset parameter. */
function parameterOf(db: TemplateResource, name: string, index: TemplateIndex): Maybe<string> {
  const isCluster = db.type === 'AWS::RDS::DBCluster';
  const property = isCluster ? 'DBClusterParameterGroupName' : 'DBParameterGroupName';
  const value = db.get(property);
  if (typeof value === 'string' && value.toLowerCase().startsWith('default.')) return undefined;
  const group = relatedResource(
    value,
    index,
    isCluster ? 'AWS::RDS::DBClusterParameterGroup' : 'AWS::RDS::DBParameterGroup',
    isCluster ? 'DBClusterParameterGroupName' : 'DBParameterGroupName',
  );
  if (group === undefined || isUnknown(group)) return group;
  const parameters = group.get('Parameters');
  if (isUnknown(parameters)) return parameters;
  if (!parameters || typeof parameters !== 'object') return undefined;
  const key = Object.keys(parameters).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : asString((parameters as Record<string, unknown>)[key]);
}

/**
 * Engines whose default parameter group already forces TLS: RDS for PostgreSQL
 * from 15 and RDS for MariaDB from 11.8. Without an EngineVersion RDS picks its
 * current default, which for PostgreSQL has long been later than 15.
 */
function defaultForcesTls(db: TemplateResource, engine: EngineFamily): boolean | Unknown {
  if (engine !== 'postgres' && engine !== 'mariadb') return false;
  const version = asString(db.get('EngineVersion'));
  if (isUnknown(version)) return version;
  if (version === undefined) {
    return engine === 'postgres'
      ? true
      : new Unknown('no EngineVersion is given, and MariaDB forces TLS by default only from 11.8');
  }
  const [major, minor] = version.split('.').map(Number);
  if (!Number.isFinite(major)) return new Unknown(`EngineVersion ${version} is not a version number`);
  return engine === 'postgres' ? major >= 15 : major > 11 || (major === 11 && (minor ?? 0) >= 8);
}
