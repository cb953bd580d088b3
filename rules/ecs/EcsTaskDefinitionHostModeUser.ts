import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { containerValues, isRootUser, isTrue } from './containers';

interface Container {
  readonly name: string;
  readonly user: unknown;
  readonly privileged: unknown;
}

interface Facts {
  readonly networkMode: unknown;
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
    facts(task) {
      const users = containerValues(task, 'User');
      const privileged = containerValues(task, 'Privileged');
      return {
        networkMode: task.get('NetworkMode'),
        containers:
          isUnknown(users) || isUnknown(privileged)
            ? (users as Unknown)
            : users.map((u, i) => ({ name: u.name, user: u.value, privileged: privileged[i].value })),
      };
    },
  },
  evaluate({ networkMode, containers }) {
    if (isUnknown(networkMode)) return needsReview(`NetworkMode is not known: ${networkMode.reason}`);
    if (networkMode !== 'host')
      return notApplicable(`NetworkMode is ${networkMode === undefined ? 'not set' : String(networkMode)}, not host`);
    if (isUnknown(containers)) return needsReview(`ContainerDefinitions is not known: ${containers.reason}`);
    if (containers.length === 0) return notApplicable('the task definition has no containers');
    // AWS Config's semantics: root (or no User) is accepted only where Privileged is explicitly true, i.e. a deliberate choice.
    const bad = containers.filter(
      (c) =>
        !isUnknown(c.user) && !isUnknown(c.privileged) && (c.user === undefined || isRootUser(c.user)) && !isTrue(c.privileged),
    );
    if (bad.length) return fail(`host-mode containers run as root without Privileged set: ${bad.map((c) => c.name).join(', ')}`);
    const open = containers.find((c) => isUnknown(c.user) || isUnknown(c.privileged));
    if (open) return needsReview(`User or Privileged of ${open.name} is not known`);
    return pass('every host-mode container names a non-root user');
  },
});
