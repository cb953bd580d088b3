import { protectionPlanRule } from './protection-plans';

export const GuardDutyS3ProtectionEnabled = protectionPlanRule({
  id: 'GuardDutyS3ProtectionEnabled',
  title: 'GuardDuty S3 Protection is enabled',
  description:
    'S3 Protection watches object-level API calls for data exfiltration and unusual access to buckets, where patient data usually rests.',
  plan: 'S3 Protection',
  feature: 'S3_DATA_EVENTS',
  dataSource: 'S3Logs.Enable',
  recordedByConfig: true,
  whenUndeclared: 'account-history',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'GUARDDUTY_S3_PROTECTION_ENABLED',
  remediation: 'Declare Features: [{ Name: S3_DATA_EVENTS, Status: ENABLED }] on the AWS::GuardDuty::Detector.',
});
