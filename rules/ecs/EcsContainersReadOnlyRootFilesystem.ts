import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ContainerValue, containerValues, EcsSource, names } from './containers';

interface Facts {
  readonly containers: ContainerValue<Maybe<boolean>>[] | Unknown;
}

export const EcsContainersReadOnlyRootFilesystem = defineRule<Facts>({
  id: 'EcsContainersReadOnlyRootFilesystem',
  title: 'ECS containers have a read-only root filesystem',
  description:
    'A writable root filesystem lets an intruder drop tools and persist in the container; read-only roots make containers immutable, the allow-listing route Cyber Essentials accepts for malware protection.',
  severity: 'warning',
  controls: {
    ncscCsp: ['3', '7'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration', 'malware-protection'],
  },
  configRule: 'ECS_CONTAINERS_READONLY_ACCESS',
  remediation:
    'Set ReadonlyRootFilesystem: true on every container (CDK: readonlyRootFilesystem: true) and mount volumes for the paths that must be written.',
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
    // ReadonlyRootFilesystem defaults to false.
    const writable = containers.filter((c) => !isUnknown(c.value) && c.value !== true);
    if (writable.length) return fail(`containers with a writable root filesystem: ${names(writable)}`);
    const open = containers.find((c) => isUnknown(c.value));
    if (open && isUnknown(open.value))
      return needsReview(`whether ${open.name} has a read-only root filesystem is not known: ${open.value.reason}`);
    return pass('every container has a read-only root filesystem');
  },
});

function readFacts(task: EcsSource): Facts {
  return { containers: containerValues(task, 'ReadonlyRootFilesystem', asBoolean) };
}
