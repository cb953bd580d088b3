import { GuardDutyRuntimeMonitoringEnabled as rule } from '../../../rules/guardduty/GuardDutyRuntimeMonitoringEnabled';
import { statusOf } from '../harness';
import { describeProtectionPlan, detector, features } from './protection-plan-cases';

describeProtectionPlan(rule, 'RUNTIME_MONITORING');

it('fails when runtime monitoring is not declared, since it is never on by default', () => {
  expect(statusOf(rule, 'Detector', detector(features(['S3_DATA_EVENTS', 'ENABLED'])))).toBe('NON_COMPLIANT');
});
