import { protectionPlanRule } from './protection-plans';

export const GuardDutyEksAuditLogsEnabled = protectionPlanRule({
  id: 'GuardDutyEksAuditLogsEnabled',
  title: 'GuardDuty EKS Audit Log Monitoring is enabled',
  description:
    'EKS audit log monitoring detects suspicious Kubernetes API activity such as anonymous access and privilege escalation in clusters.',
  plan: 'EKS Audit Log Monitoring',
  feature: 'EKS_AUDIT_LOGS',
  dataSource: 'Kubernetes.AuditLogs.Enable',
  recordedByConfig: true,
  whenUndeclared: 'account-history',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'GUARDDUTY_EKS_PROTECTION_AUDIT_ENABLED',
  remediation: 'Declare Features: [{ Name: EKS_AUDIT_LOGS, Status: ENABLED }] on the AWS::GuardDuty::Detector.',
});
