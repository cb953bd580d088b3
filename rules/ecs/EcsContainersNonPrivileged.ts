import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ContainerValue, containerValues, EcsSource, names } from './containers';

interface Facts {
  readonly containers: ContainerValue<Maybe<boolean>>[] | Unknown;
}

export const EcsContainersNonPrivileged = defineRule<Facts>({
  id: 'EcsContainersNonPrivileged',
  title: 'ECS containers do not run privileged',
  description:
    'A privileged container has root on the host: one compromised container then reaches every task and the instance role on that host.',
  severity: 'error',
  controls: {
    ncscCsp: ['3', '10'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration', 'user-access-control'],
  },
  configRule: 'ECS_CONTAINERS_NONPRIVILEGED',
  remediation:
    'Remove Privileged: true (CDK: privileged: false) and grant only the Linux capabilities the container needs through LinuxParameters.Capabilities.',
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
    const privileged = containers.filter((c) => c.value === true);
    if (privileged.length) return fail(`privileged containers: ${names(privileged)}`);
    const open = containers.find((c) => isUnknown(c.value));
    if (open && isUnknown(open.value))
      return needsReview(`whether ${open.name} is privileged is not known: ${open.value.reason}`);
    return pass('no container is privileged');
  },
});

function readFacts(task: EcsSource): Facts {
  return { containers: containerValues(task, 'Privileged', asBoolean) };
}
