import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { EngineFamily, engineFamily, isClusterMember } from './engine';
import { asList, related } from './values';

interface Facts {
  /** Aurora members export logs through their cluster. */
  readonly clusterMember: boolean;
  readonly engine: EngineFamily | undefined | Unknown;
  readonly exports: unknown[] | Unknown;
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
      if (db.type === 'AWS::RDS::DBInstance' && isClusterMember(db))
        return { clusterMember: true, engine: undefined, exports: [] };
      let engine = engineFamily(db.get('Engine'));
      if (engine === undefined && db.type === 'AWS::RDS::DBInstance') {
        // A read replica inherits its source's engine.
        const source = related(db.get('SourceDBInstanceIdentifier'), index, 'AWS::RDS::DBInstance', 'DBInstanceIdentifier');
        if (source && !isUnknown(source)) engine = engineFamily(source.get('Engine'));
      }
      return { clusterMember: false, engine, exports: asList(db.get('EnableCloudwatchLogsExports')) };
    },
  },
  evaluate({ clusterMember, engine, exports }) {
    if (clusterMember) return notApplicable('an Aurora instance’s logs are exported by its cluster');
    if (isUnknown(exports)) return needsReview(`EnableCloudwatchLogsExports is not known: ${exports.reason}`);
    const undecided = exports.find(isUnknown);
    if (undecided) return needsReview(`a log export is not known: ${undecided.reason}`);
    if (exports.length === 0) return fail('EnableCloudwatchLogsExports is not set, so no database log reaches CloudWatch Logs');
    if (isUnknown(engine)) return needsReview(`the engine is not known: ${engine.reason}`);
    const wanted = engine ? AUDIT_LOGS[engine] : undefined;
    const names = exports.map((e) => String(e).toLowerCase());
    if (!wanted || wanted.some((w) => names.includes(w))) return pass(`exports ${names.join(', ')} to CloudWatch Logs`);
    return fail(`exports ${names.join(', ')} but not the ${engine} audit log (${wanted.join(' or ')})`);
  },
});
