import { Maybe, Tri, asString, listOf, relatedResource } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { EngineFamily, engineFamily, isClusterMember, unlessClusterMember } from './engine';
import { isClusterMemberItem, value } from './item';

interface Facts {
  /** Aurora members export logs through their cluster. */
  readonly clusterMember: Tri;
  readonly engine: Maybe<EngineFamily>;
  /** The log types exported to CloudWatch Logs, lower-cased. */
  readonly exports: Maybe<string>[] | Unknown;
}

/**
 * The log that records who connected and what they ran, per engine: any one of
 * these must be exported. Engines whose logs are all operational need just one export.
 */
const AUDIT_LOGS: Partial<Record<EngineFamily, string[]>> = {
  postgres: ['postgresql'],
  'aurora-postgresql': ['postgresql'],
  mysql: ['audit', 'general'],
  mariadb: ['audit', 'general'],
  'aurora-mysql': ['audit', 'general'],
  oracle: ['audit'],
  sqlserver: ['error'],
  db2: ['diag.log'],
};

export const RdsLoggingEnabled = defineRule<Facts>({
  id: 'RdsLoggingEnabled',
  title: 'RDS databases export their audit logs to CloudWatch Logs',
  description:
    'Database logs exported to CloudWatch Logs survive the instance and can be searched and alarmed on; without them logins and queries against personal data leave no record.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'RDS_LOGGING_ENABLED',
  remediation:
    'Set EnableCloudwatchLogsExports to the engine’s audit log: ["postgresql"] for PostgreSQL (with pgaudit), ["audit", "error"] for MySQL/MariaDB/Aurora MySQL (CDK: cloudwatchLogsExports).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts(db, { index }) {
      let engine = engineFamily(db.get('Engine'));
      if (engine === undefined && db.type === 'AWS::RDS::DBInstance') {
        // A read replica inherits its source's engine.
        const source = relatedResource(
          db.get('SourceDBInstanceIdentifier'),
          index,
          'AWS::RDS::DBInstance',
          'DBInstanceIdentifier',
        );
        if (source && !isUnknown(source)) engine = engineFamily(source.get('Engine'));
      }
      const exports = listOf(db.get('EnableCloudwatchLogsExports'));
      return {
        clusterMember: db.type === 'AWS::RDS::DBInstance' ? isClusterMember(db) : false,
        engine,
        exports: isUnknown(exports) ? exports : exports.map((e) => lower(asString(e))),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts(db) {
      // RDS leaves the export list out when nothing is exported.
      const exports = listOf(db.configuration.enabledCloudwatchLogsExports);
      return {
        clusterMember: db.resourceType === 'AWS::RDS::DBInstance' ? isClusterMemberItem(db) : false,
        engine: engineFamily(value(db, 'engine')),
        exports: isUnknown(exports) ? exports : exports.map((e) => lower(asString(e))),
      };
    },
  },
  evaluate(facts) {
    const { engine, exports } = facts;
    return unlessClusterMember(facts, 'an Aurora instance’s logs are exported by its cluster', () => {
      if (isUnknown(exports)) return needsReview(`the exported logs are not known: ${exports.reason}`);
      const names = exports.filter((e): e is string => typeof e === 'string');
      const open = exports.filter(isUnknown);
      if (isUnknown(engine)) return needsReview(`the engine is not known: ${engine.reason}`);
      const wanted = engine ? AUDIT_LOGS[engine] : undefined;
      // A known export that satisfies the rule decides, whatever the unknown ones are.
      if (wanted ? wanted.some((w) => names.includes(w)) : names.length > 0)
        return pass(`exports ${names.join(', ')} to CloudWatch Logs`, open);
      if (open.length) return needsReview(`a log export is not known: ${open[0].reason}`);
      if (names.length === 0) return fail('no database log is exported to CloudWatch Logs');
      return fail(`exports ${names.join(', ')} but not the ${engine} audit log (${wanted!.join(' or ')})`);
    });
  },
});

function lower(value: Maybe<string>): Maybe<string> {
  return typeof value === 'string' ? value.toLowerCase() : value;
}
