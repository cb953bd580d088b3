import { protectionPlanRule } from './protection-plans';

export const GuardDutyRdsProtectionEnabled = protectionPlanRule({
  id: 'GuardDutyRdsProtectionEnabled',
  title: 'GuardDuty RDS Protection is enabled',
  description: 'RDS Protection profiles database logins and flags brute force and anomalous access to Aurora databases.',
  plan: 'RDS Protection',
  feature: 'RDS_LOGIN_EVENTS',
  whenUndeclared: 'account-history',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'GUARDDUTY_RDS_PROTECTION_ENABLED',
  remediation: 'Declare Features: [{ Name: RDS_LOGIN_EVENTS, Status: ENABLED }] on the AWS::GuardDuty::Detector.',
});
