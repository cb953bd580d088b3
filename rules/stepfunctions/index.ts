import { Rule } from '../../lib/engine/rule';
import { StepFunctionsStateMachineLoggingAll } from './StepFunctionsStateMachineLoggingAll';

export const rules: Rule[] = [StepFunctionsStateMachineLoggingAll];
