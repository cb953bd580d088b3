import { Maybe, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { containerValues, EcsSource } from './containers';

interface Container {
  readonly name: string;
  readonly logDriver: Maybe<string>;
}

interface Facts {
  readonly containers: Container[] | Unknown;
}

export const EcsTaskDefinitionLogging = defineRule<Facts>({
  id: 'EcsTaskDefinitionLogging',
  title: 'ECS containers send their logs somewhere',
  description:
    'Without a log driver container output is lost when the task stops, leaving nothing to investigate an incident with.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'ECS_TASK_DEFINITION_LOG_CONFIGURATION',
  remediation:
    'Set LogConfiguration.LogDriver (awslogs or awsfirelens) on every container (CDK: logging: ecs.LogDrivers.awsLogs({ streamPrefix })).',
  template: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts: readFacts,
  },
  configItem: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts: readFacts,
  },
  evaluate({ containers }) {
    if (isUnknown(containers)) return needsReview(`the containers are not known: ${containers.reason}`);
    if (containers.length === 0) return notApplicable('the task definition has no containers');
    const missing = containers.filter((c) => c.logDriver === undefined);
    if (missing.length) return fail(`containers without a log configuration: ${missing.map((c) => c.name).join(', ')}`);
    const open = containers.find((c) => isUnknown(c.logDriver));
    if (open && isUnknown(open.logDriver))
      return needsReview(`log driver of ${open.name} is not known: ${open.logDriver.reason}`);
    return pass('every container has a log driver');
  },
});

function readFacts(task: EcsSource): Facts {
  const logs = containerValues(task, 'LogConfiguration', (v) => asString(field(v, 'LogDriver')));
  return { containers: isUnknown(logs) ? logs : logs.map((c) => ({ name: c.name, logDriver: c.value })) };
}
