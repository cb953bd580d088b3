import { StepFunctionsStateMachineLoggingAll as rule } from '../../../rules/stepfunctions/StepFunctionsStateMachineLoggingAll';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const GROUP = [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:l:*' } }];

describe('StepFunctionsStateMachineLoggingAll: a template and a configuration item agree', () => {
  it.each([
    ['ALL to a log group', { Level: 'ALL', Destinations: GROUP }, 'COMPLIANT'],
    ['ERROR only', { Level: 'ERROR', Destinations: GROUP }, 'NON_COMPLIANT'],
    ['OFF', { Level: 'OFF' }, 'NON_COMPLIANT'],
  ])('%s', (_, logging, status) => {
    const t = template({
      M: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: { RoleArn: 'r', DefinitionString: '{}', LoggingConfiguration: logging },
      },
    });
    const item = configItem('AWS::StepFunctions::StateMachine', { StateMachineName: 'm', LoggingConfiguration: logging });
    expect([statusOf(rule, 'M', t), statusOfItem(rule, item)]).toEqual([status, status]);
  });
  it('needs review when the item does not record the logging level', () => {
    expect(statusOfItem(rule, configItem('AWS::StepFunctions::StateMachine', { StateMachineName: 'm' }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
