import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ContainerValue, containerValues, EcsSource, isRootUser, names } from './containers';

interface Facts {
  readonly containers: ContainerValue<Maybe<string>>[] | Unknown;
}

export const EcsTaskDefinitionNonRootUser = defineRule<Facts>({
  id: 'EcsTaskDefinitionNonRootUser',
  title: 'ECS containers run as a non-root user',
  description:
    'A process running as root in a container is one kernel or runtime flaw away from root on the host; naming a non-root User also stops an image that defaults to root from deciding.',
  severity: 'warning',
  controls: {
    ncscCsp: ['3', '10'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration', 'user-access-control'],
  },
  // AWS Config's rule looks only at EC2 launch-type containers; a Fargate task running as root is judged here too,
  // as AWS's newer ECS_TASK_DEFINITION_LINUX_USER_NON_ROOT does.
  configRule: 'ECS_TASK_DEFINITION_NONROOT_USER',
  remediation:
    'Set User to a non-root user or uid (for example "1000:1000") on every container (CDK: user: "1000"), and build images that do not need root.',
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
    const root = containers.filter((c) => typeof c.value === 'string' && isRootUser(c.value));
    // Without User the image's default applies, which is root unless the image says otherwise.
    const unset = containers.filter((c) => c.value === undefined);
    if (root.length || unset.length) {
      return fail(
        [
          ...(root.length ? [`runs as root: ${names(root)}`] : []),
          ...(unset.length ? [`no user is set: ${names(unset)}`] : []),
        ].join('; '),
      );
    }
    const open = containers.find((c) => isUnknown(c.value));
    if (open && isUnknown(open.value)) return needsReview(`the user of ${open.name} is not known: ${open.value.reason}`);
    return pass('every container names a non-root user');
  },
});

function readFacts(task: EcsSource): Facts {
  return { containers: containerValues(task, 'User', asString) };
}
