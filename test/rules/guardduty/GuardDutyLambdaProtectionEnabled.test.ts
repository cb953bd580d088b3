import { GuardDutyLambdaProtectionEnabled as rule } from '../../../rules/guardduty/GuardDutyLambdaProtectionEnabled';
import { describeProtectionPlan } from './protection-plan-cases';

describeProtectionPlan(rule, 'LAMBDA_NETWORK_LOGS');
