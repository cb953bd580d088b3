import { Rule } from '../../lib/engine/rule';
import { GuardDutyDetectorPresent } from './GuardDutyDetectorPresent';
import { GuardDutyEksAuditLogsEnabled } from './GuardDutyEksAuditLogsEnabled';
import { GuardDutyFindingsRoutedToAlerts } from './GuardDutyFindingsRoutedToAlerts';
import { GuardDutyLambdaProtectionEnabled } from './GuardDutyLambdaProtectionEnabled';
import { GuardDutyMalwareProtectionEnabled } from './GuardDutyMalwareProtectionEnabled';
import { GuardDutyRdsProtectionEnabled } from './GuardDutyRdsProtectionEnabled';
import { GuardDutyRuntimeMonitoringEnabled } from './GuardDutyRuntimeMonitoringEnabled';
import { GuardDutyS3ProtectionEnabled } from './GuardDutyS3ProtectionEnabled';

export const rules: Rule[] = [
  GuardDutyDetectorPresent,
  GuardDutyFindingsRoutedToAlerts,
  GuardDutyS3ProtectionEnabled,
  GuardDutyEksAuditLogsEnabled,
  GuardDutyRdsProtectionEnabled,
  GuardDutyLambdaProtectionEnabled,
  GuardDutyMalwareProtectionEnabled,
  GuardDutyRuntimeMonitoringEnabled,
];
