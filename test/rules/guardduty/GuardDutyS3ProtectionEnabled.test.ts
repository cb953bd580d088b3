import { GuardDutyS3ProtectionEnabled as rule } from '../../../rules/guardduty/GuardDutyS3ProtectionEnabled';
import { resultOf } from '../harness';
import { describeProtectionPlan, detector } from './protection-plan-cases';

describeProtectionPlan(rule, 'S3_DATA_EVENTS', { DataSources: { S3Logs: { Enable: true } } });

it('needs review when the plan is not declared, since GuardDuty turns it on only in new accounts', () => {
  const r = resultOf(rule, 'Detector', detector({}));
  expect(r.status).toBe('INSUFFICIENT_DATA');
  expect(r.message).toContain('declare S3_DATA_EVENTS');
});
