import { protectionPlanRule } from './protection-plans';

export const GuardDutyRuntimeMonitoringEnabled = protectionPlanRule({
  id: 'GuardDutyRuntimeMonitoringEnabled',
  title: 'GuardDuty Runtime Monitoring is enabled',
  description:
    'Runtime Monitoring sees process, file and network events inside EC2, ECS and EKS workloads, catching compromise that API and flow logs cannot.',
  plan: 'Runtime Monitoring',
  feature: 'RUNTIME_MONITORING',
  whenUndeclared: 'off',
  controls: {
    ncscCsp: ['5.2'],
    tenSteps: ['logging-and-monitoring'],
    cyberEssentials: ['malware-protection'],
    internetFirst: ['IF-2'],
  },
  configRule: 'GUARDDUTY_RUNTIME_MONITORING_ENABLED',
  remediation:
    'Declare Features: [{ Name: RUNTIME_MONITORING, Status: ENABLED }] on the AWS::GuardDuty::Detector, with agent management (for example ECS_FARGATE_AGENT_MANAGEMENT) as AdditionalConfiguration.',
});
