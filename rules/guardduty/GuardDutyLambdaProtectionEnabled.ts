import { protectionPlanRule } from './protection-plans';

export const GuardDutyLambdaProtectionEnabled = protectionPlanRule({
  id: 'GuardDutyLambdaProtectionEnabled',
  title: 'GuardDuty Lambda Protection is enabled',
  description:
    'Lambda Protection watches the network activity of functions for calls to crypto-mining pools and command-and-control hosts.',
  plan: 'Lambda Protection',
  feature: 'LAMBDA_NETWORK_LOGS',
  whenUndeclared: 'account-history',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'GUARDDUTY_LAMBDA_PROTECTION_ENABLED',
  remediation: 'Declare Features: [{ Name: LAMBDA_NETWORK_LOGS, Status: ENABLED }] on the AWS::GuardDuty::Detector.',
});
