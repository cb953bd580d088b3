import { configItem } from '../harness';

export const ITEMS = [
  configItem('AWS::StepFunctions::StateMachine', {
    StateMachineName: 'm',
    LoggingConfiguration: {
      Level: 'ALL',
      IncludeExecutionData: true,
      Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:l:*' } }],
    },
  }),
];
