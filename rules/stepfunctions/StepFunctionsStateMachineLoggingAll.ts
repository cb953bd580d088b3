import { Maybe, Tri, asString, hasProperty, isSet, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly level: Maybe<string>;
  /** Whether the logging configuration names a log group. */
  readonly destination: Tri;
}

export const StepFunctionsStateMachineLoggingAll = defineRule<Facts>({
  id: 'StepFunctionsStateMachineLoggingAll',
  title: 'State machines log all execution events to CloudWatch Logs',
  description:
    'Workflows often move patient records between services; without execution logs there is no record of which step touched what, or why a run failed.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED',
  remediation:
    'Set LoggingConfiguration { Level: ALL, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn } }] }, with IncludeExecutionData false unless the payload may be logged (CDK: logs: { destination: logGroup, level: sfn.LogLevel.ALL }).',
  template: {
    resourceTypes: ['AWS::StepFunctions::StateMachine'],
    facts: (machine) => ({
      level: asString(machine.get('LoggingConfiguration.Level')),
      destination: hasProperty(machine, 'LoggingConfiguration.Destinations'),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::StepFunctions::StateMachine'],
    // DescribeStateMachine always returns the logging level (OFF when logging was never set up).
    facts(machine) {
      const logging = recorded(machine.configuration, 'LoggingConfiguration');
      return {
        level: asString(isUnknown(logging) ? logging : recorded(logging as Record<string, unknown>, 'Level')),
        destination: isSet(valueAt(logging, 'Destinations')),
      };
    },
  },
  evaluate({ level, destination }) {
    if (isUnknown(level)) return needsReview(`the logging level is not known: ${level.reason}`);
    // Level defaults to OFF.
    if (level === undefined || level === 'OFF') return fail('logging is off');
    if (level !== 'ALL') return fail(`logging level is ${level}, so successful executions leave no record`);
    if (isUnknown(destination)) return needsReview(`the log destination is not known: ${destination.reason}`);
    return destination
      ? pass('all execution events are logged')
      : fail('logging level is ALL but no log group is set as a destination');
  },
});
