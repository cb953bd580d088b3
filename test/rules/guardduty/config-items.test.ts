import { GuardDutyEksAuditLogsEnabled } from '../../../rules/guardduty/GuardDutyEksAuditLogsEnabled';
import { GuardDutyLambdaProtectionEnabled } from '../../../rules/guardduty/GuardDutyLambdaProtectionEnabled';
import { GuardDutyMalwareProtectionEnabled } from '../../../rules/guardduty/GuardDutyMalwareProtectionEnabled';
import { GuardDutyRdsProtectionEnabled } from '../../../rules/guardduty/GuardDutyRdsProtectionEnabled';
import { GuardDutyRuntimeMonitoringEnabled } from '../../../rules/guardduty/GuardDutyRuntimeMonitoringEnabled';
import { GuardDutyS3ProtectionEnabled } from '../../../rules/guardduty/GuardDutyS3ProtectionEnabled';
import { parity } from '../docdb/item-parity';
import { PARAM, configItem, statusOfItem } from '../harness';

const TYPES = { template: 'AWS::GuardDuty::Detector', item: 'AWS::GuardDuty::Detector' };
/** The detector item as Config records it: Enable and the legacy DataSources, never Features. */
const item = (enable: unknown, dataSources?: Record<string, unknown>) => ({
  Enable: enable,
  FindingPublishingFrequency: 'SIX_HOURS',
  ...(dataSources ? { DataSources: dataSources } : {}),
});
const s3 = (on: boolean) => ({ S3Logs: { Enable: on }, Kubernetes: { AuditLogs: { Enable: !on } } });
const eks = (on: boolean) => ({ S3Logs: { Enable: !on }, Kubernetes: { AuditLogs: { Enable: on } } });
const feature = (Name: string, Status: unknown) => ({ Features: [{ Name, Status }] });

parity(GuardDutyS3ProtectionEnabled, TYPES, [
  ['enabled as a feature', { Enable: true, ...feature('S3_DATA_EVENTS', 'ENABLED') }, item(true, s3(true)), 'COMPLIANT'],
  ['enabled as a data source', { Enable: true, DataSources: { S3Logs: { Enable: true } } }, item(true, s3(true)), 'COMPLIANT'],
  ['disabled', { Enable: true, ...feature('S3_DATA_EVENTS', 'DISABLED') }, item(true, s3(false)), 'NON_COMPLIANT'],
  ['detector off', { Enable: false, ...feature('S3_DATA_EVENTS', 'ENABLED') }, item(false, s3(true)), 'NON_COMPLIANT'],
  ['undecided', { Enable: true, ...feature('S3_DATA_EVENTS', PARAM) }, item(true), 'INSUFFICIENT_DATA'],
  [
    'detector undecided',
    { Enable: PARAM, ...feature('S3_DATA_EVENTS', 'ENABLED') },
    { DataSources: s3(true) },
    'INSUFFICIENT_DATA',
  ],
]);

parity(GuardDutyEksAuditLogsEnabled, TYPES, [
  ['enabled as a feature', { Enable: true, ...feature('EKS_AUDIT_LOGS', 'ENABLED') }, item(true, eks(true)), 'COMPLIANT'],
  ['disabled', { Enable: true, ...feature('EKS_AUDIT_LOGS', 'DISABLED') }, item(true, eks(false)), 'NON_COMPLIANT'],
  [
    'undecided',
    { Enable: true, ...feature('EKS_AUDIT_LOGS', PARAM) },
    item(true, { S3Logs: { Enable: true } }),
    'INSUFFICIENT_DATA',
  ],
]);

describe('the detector item', () => {
  it('leaves a null data source undecided, never off', () => {
    const detector = configItem(
      'AWS::GuardDuty::Detector',
      item(true, { S3Logs: null, Kubernetes: { AuditLogs: { Enable: null } } }),
    );
    expect([statusOfItem(GuardDutyS3ProtectionEnabled, detector), statusOfItem(GuardDutyEksAuditLogsEnabled, detector)]).toEqual([
      'INSUFFICIENT_DATA',
      'INSUFFICIENT_DATA',
    ]);
  });

  it('has no adapter for plans launched as features only, which the item does not record', () => {
    const featureOnly = [
      GuardDutyLambdaProtectionEnabled,
      GuardDutyMalwareProtectionEnabled,
      GuardDutyRdsProtectionEnabled,
      GuardDutyRuntimeMonitoringEnabled,
    ];
    expect(featureOnly.filter((r) => r.adapters.configItem).map((r) => r.id)).toEqual([]);
  });
});
