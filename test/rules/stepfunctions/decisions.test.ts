import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';
import { StepFunctionsStateMachineLoggingAll } from '../../../rules/stepfunctions/StepFunctionsStateMachineLoggingAll';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['state machine logs all', StepFunctionsStateMachineLoggingAll, { level: 'ALL', destination: true }, 'COMPLIANT'],
    ['state machine logs errors', StepFunctionsStateMachineLoggingAll, { level: 'ERROR', destination: true }, 'NON_COMPLIANT'],
    [
      'state machine destination open',
      StepFunctionsStateMachineLoggingAll,
      { level: 'ALL', destination: open },
      'INSUFFICIENT_DATA',
    ],
    ['state machine level open', StepFunctionsStateMachineLoggingAll, { level: open, destination: true }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
