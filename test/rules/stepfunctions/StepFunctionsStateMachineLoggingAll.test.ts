import { StepFunctionsStateMachineLoggingAll as rule } from '../../../rules/stepfunctions/StepFunctionsStateMachineLoggingAll';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': ['Logs', 'Arn'] } } }];
const machine = (logging?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Logs: { Type: 'AWS::Logs::LogGroup' },
      Machine: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: {
          RoleArn: 'arn:aws:iam::1:role/sfn',
          DefinitionString: '{}',
          ...(logging ? { LoggingConfiguration: logging } : {}),
        },
      },
    },
  });

describe('StepFunctionsStateMachineLoggingAll', () => {
  it('passes with level ALL to a log group', () =>
    expect(statusOf(rule, 'Machine', machine({ Level: 'ALL', Destinations: destinations }))).toBe('COMPLIANT'));
  it('fails when there is no logging configuration', () => expect(statusOf(rule, 'Machine', machine())).toBe('NON_COMPLIANT'));
  it('fails when only errors are logged', () =>
    expect(statusOf(rule, 'Machine', machine({ Level: 'ERROR', Destinations: destinations }))).toBe('NON_COMPLIANT'));
  it('fails when the level is ALL but no destination is set', () =>
    expect(statusOf(rule, 'Machine', machine({ Level: 'ALL' }))).toBe('NON_COMPLIANT'));
  it('needs review when the level is a parameter', () =>
    expect(statusOf(rule, 'Machine', machine({ Level: PARAM, Destinations: destinations }))).toBe('INSUFFICIENT_DATA'));
});
