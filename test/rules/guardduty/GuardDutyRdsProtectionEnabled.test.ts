import { GuardDutyRdsProtectionEnabled as rule } from '../../../rules/guardduty/GuardDutyRdsProtectionEnabled';
import { describeProtectionPlan } from './protection-plan-cases';

describeProtectionPlan(rule, 'RDS_LOGIN_EVENTS');
