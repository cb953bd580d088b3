import { Maybe, asBoolean, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { containerValues, ecsProperty, EcsSource, isRootUser } from './containers';

interface Container {
  readonly name: string;
  readonly user: Maybe<string>;
  readonly privileged: Maybe<boolean>;
}

interface Facts {
  readonly networkMode: Maybe<string>;
  readonly containers: Container[] | Unknown;
}

export const EcsTaskDefinitionHostModeUser = defineRule<Facts>({
  id: 'EcsTaskDefinitionHostModeUser',
  title: 'Host-network ECS tasks do not run containers as root by default',
  description:
    'With NetworkMode host a container shares the instance network stack; running it as root (explicitly or by default) gives it the host’s network privileges without anyone having decided so.',
  severity: 'error',
  controls: {
    ncscCsp: ['3', '10'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration', 'user-access-control'],
  },
  configRule: 'ECS_TASK_DEFINITION_USER_FOR_HOST_MODE_CHECK',
  remediation:
    'Use NetworkMode awsvpc (CDK: networkMode: NetworkMode.AWS_VPC), or set a non-root User on every container of a host-mode task.',
  template: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts: readFacts,
  },
  configItem: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts: readFacts,
  },
  evaluate(facts) {
    const { networkMode, containers } = facts;
    if (isUnknown(networkMode)) return needsReview(`the network mode is not known: ${networkMode.reason}`);
    if (networkMode !== 'host')
      return notApplicable(`the network mode is ${networkMode ?? 'the default'}, not host`, unknownsIn(facts));
    if (isUnknown(containers)) return needsReview(`the containers are not known: ${containers.reason}`);
    if (containers.length === 0) return notApplicable('the task definition has no containers');
    // AWS Config's semantics: root (or no User) is accepted only where Privileged is explicitly true, i.e. a deliberate choice.
    const bad = containers.filter(
      (c) =>
        !isUnknown(c.user) && !isUnknown(c.privileged) && (c.user === undefined || isRootUser(c.user)) && c.privileged !== true,
    );
    if (bad.length)
      return fail(`host-mode containers run as root without being marked privileged: ${bad.map((c) => c.name).join(', ')}`);
    const open = containers.find((c) => isUnknown(c.user) || isUnknown(c.privileged));
    if (open) return needsReview(`the user or privilege of ${open.name} is not known`);
    return pass('every host-mode container names a non-root user');
  },
});

function readFacts(task: EcsSource): Facts {
  const users = containerValues(task, 'User', asString);
  const privileged = containerValues(task, 'Privileged', asBoolean);
  return {
    networkMode: asString(ecsProperty(task, 'NetworkMode')),
    containers: isUnknown(users)
      ? users
      : isUnknown(privileged)
        ? privileged
        : users.map((u, i) => ({ name: u.name, user: u.value, privileged: privileged[i].value })),
  };
}
