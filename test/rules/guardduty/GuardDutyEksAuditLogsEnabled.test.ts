import { GuardDutyEksAuditLogsEnabled as rule } from '../../../rules/guardduty/GuardDutyEksAuditLogsEnabled';
import { describeProtectionPlan } from './protection-plan-cases';

describeProtectionPlan(rule, 'EKS_AUDIT_LOGS', { DataSources: { Kubernetes: { AuditLogs: { Enable: true } } } });
