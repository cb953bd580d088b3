import {
  MIN_RETENTION_DAYS as MIN_BACKUP_PLAN_RETENTION_DAYS,
  MAX_INTERVAL_HOURS,
} from '../../rules/backup/BackupPlanMinFrequencyAndRetention';
import { ADMIN_AND_DATA_PORTS } from '../../rules/ec2/SecurityGroupNoPublicAdminPorts';
import { AUTHORIZED_PUBLIC_TCP_PORTS } from '../../rules/ec2/SecurityGroupOpenOnlyToAuthorizedPorts';
import { LATEST_FARGATE_VERSIONS } from '../../rules/ecs/EcsFargateLatestPlatform';
import { REQUIRED_LOG_TYPES } from '../../rules/eks/EksControlPlaneLogging';
import { EKS_STANDARD_SUPPORT_END } from '../../rules/eks/EksSupportedVersion';
import { MIN_SNAPSHOT_RETENTION_DAYS } from '../../rules/elasticache/ElastiCacheRedisAutomaticBackup';
import { ALLOWED_ELB_TLS_POLICIES } from '../../rules/elasticloadbalancing/ElbListenerTlsPolicy';
import { BLOCKED_KMS_ACTIONS } from '../../rules/iam/kms-actions';
import { RUNTIME_DEPRECATION } from '../../rules/lambda/runtimes';
import { MIN_RETENTION_DAYS as MIN_LOG_RETENTION_DAYS } from '../../rules/logs/retention';
import { FORWARD_TO_STATEFUL } from '../../rules/networkfirewall/stateless-default';
import { MIN_BACKUP_RETENTION_DAYS } from '../../rules/rds/engine';

/** Input parameters of one managed rule: names as AWS spells them, values as strings (Config passes strings). */
export type InputParameters = Readonly<Record<string, string>>;

/**
 * Palisade's thresholds expressed as the input parameters of the managed rules
 * that mirror our rules. Values come from the rule modules' exported constants so
 * that the pack and `palisade check` judge by the same numbers; a literal here is
 * a value the rule module does not export (noted where it occurs). Parameter
 * names are checked by a test against AWS's own packs and managed-rules.json.
 * Dated values (supported runtimes and Kubernetes versions) depend on `today`.
 */
export function inputParametersFor(configRule: string, today: string): InputParameters | undefined {
  switch (configRule) {
    case 'CW_LOGGROUP_RETENTION_PERIOD_CHECK':
      return { MinRetentionTime: String(MIN_LOG_RETENTION_DAYS) };
    case 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK':
      return {
        requiredFrequencyUnit: 'hours',
        requiredFrequencyValue: String(MAX_INTERVAL_HOURS),
        requiredRetentionDays: String(MIN_BACKUP_PLAN_RETENTION_DAYS),
      };
    case 'DB_INSTANCE_BACKUP_ENABLED':
      return { backupRetentionMinimum: String(MIN_BACKUP_RETENTION_DAYS) };
    case 'DOCDB_CLUSTER_BACKUP_RETENTION_CHECK':
    case 'NEPTUNE_CLUSTER_BACKUP_RETENTION_CHECK':
      return { minimumBackupRetentionPeriod: String(MIN_BACKUP_RETENTION_DAYS) };
    case 'ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK':
      return { snapshotRetentionPeriod: String(MIN_SNAPSHOT_RETENTION_DAYS) };
    case 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS':
      return { authorizedTcpPorts: AUTHORIZED_PUBLIC_TCP_PORTS.join(',') };
    case 'RESTRICTED_INCOMING_TRAFFIC':
      return blockedPorts();
    case 'IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS':
    case 'IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS':
      return { blockedActionsPatterns: BLOCKED_KMS_ACTIONS.join(',') };
    case 'ECS_FARGATE_LATEST_PLATFORM_VERSION':
      return { latestLinuxVersion: LATEST_FARGATE_VERSIONS[0], latestWindowsVersion: LATEST_FARGATE_VERSIONS[1] };
    case 'EKS_CLUSTER_LOG_ENABLED':
      return { logTypes: REQUIRED_LOG_TYPES.join(',') };
    case 'EKS_CLUSTER_SUPPORTED_VERSION':
      return { oldestVersionSupported: oldestSupportedKubernetes(today) };
    case 'LAMBDA_FUNCTION_SETTINGS_CHECK':
      return { runtime: supportedRuntimes(today).join(',') };
    case 'ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK':
      // The managed rule takes one policy; ours accepts several TLS 1.2+ policies and this is the first.
      return { predefinedPolicyName: ALLOWED_ELB_TLS_POLICIES[0] };
    case 'NETFW_POLICY_DEFAULT_ACTION_FULL_PACKETS':
      return { statelessDefaultActions: FORWARD_TO_STATEFUL };
    case 'NETFW_POLICY_DEFAULT_ACTION_FRAGMENT_PACKETS':
      return { statelessFragmentDefaultActions: FORWARD_TO_STATEFUL };
    case 'ALB_DESYNC_MODE_CHECK':
      // AlbDesyncMitigationMode accepts these two modes (its ACCEPTED list, not exported).
      return { desyncMode: 'defensive,strictest' };
    case 'CLOUDWATCH_ALARM_ACTION_CHECK':
      // CloudWatchAlarmHasAction requires an ALARM action only.
      return { alarmActionRequired: 'true', insufficientDataActionRequired: 'false', okActionRequired: 'false' };
    case 'ECS_NO_ENVIRONMENT_SECRETS':
      // The managed rule matches exact names; these are the names EcsNoEnvironmentSecrets always treats as
      // credentials (rules/ecs/secret-names.ts, not exported). Our rule also matches words such as PASSWORD.
      return { secretKeys: 'AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN,ECS_ENGINE_AUTH_DATA' };
    case 'REDSHIFT_CLUSTER_MAINTENANCESETTINGS_CHECK':
      return { allowVersionUpgrade: 'true' };
    default:
      return undefined;
  }
}

/** The managed rule checks five ports; ours checks more. SSH has its own managed rule (INCOMING_SSH_DISABLED). */
function blockedPorts(): InputParameters {
  const ports = ADMIN_AND_DATA_PORTS.filter((p) => p !== 22).slice(0, 5);
  return Object.fromEntries(ports.map((p, i) => [`blockedPort${i + 1}`, String(p)]));
}

/** The oldest Kubernetes minor version still in standard support on `today`. */
export function oldestSupportedKubernetes(today: string): string {
  const byMinor = Object.keys(EKS_STANDARD_SUPPORT_END).sort((a, b) => minor(a) - minor(b));
  // Past every known end date the newest known version is the floor (the rule module then needs a review).
  return byMinor.find((v) => EKS_STANDARD_SUPPORT_END[v] > today) ?? byMinor[byMinor.length - 1];
}

const minor = (version: string) => Number(version.split('.')[1]);

/** Lambda runtimes not deprecated on `today`, as LambdaSupportedRuntime judges them. */
export function supportedRuntimes(today: string): string[] {
  return Object.entries(RUNTIME_DEPRECATION)
    .filter(([, date]) => date === null || date > today)
    .map(([runtime]) => runtime);
}
