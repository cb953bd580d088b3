import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { field, listOf, textOf } from '../iam/values';
import { containerValues } from './containers';
import { ValueKind, isSecretName, valueKind } from './secret-names';

interface Variable {
  readonly container: string;
  /** The variable's name; undefined when it is not known. */
  readonly name?: string;
  readonly kind: ValueKind;
}

interface Facts {
  readonly containers: number;
  readonly variables: Variable[];
  /** Why some environment could not be read. */
  readonly unreadable?: string;
}

export const EcsNoEnvironmentSecrets = defineRule<Facts>({
  id: 'EcsNoEnvironmentSecrets',
  title: 'ECS task definitions keep secrets out of plain environment variables',
  description:
    'Environment values are stored in clear in the task definition, visible to anyone with ecs:DescribeTaskDefinition and in CloudFormation; secrets belong in Secrets Manager or Parameter Store, injected through Secrets.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '7'],
    tenSteps: ['identity-and-access-management'],
    cyberEssentials: ['secure-configuration', 'user-access-control'],
  },
  configRule: 'ECS_NO_ENVIRONMENT_SECRETS',
  remediation:
    'Move credentials to Secrets Manager or SSM SecureString and reference them in the container’s Secrets (CDK: secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(secret) }); use the task role instead of AWS access keys.',
  template: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts(task) {
      const envs = containerValues(task, 'Environment');
      if (isUnknown(envs)) return { containers: 0, variables: [], unreadable: envs.reason };
      const variables: Variable[] = [];
      let unreadable: string | undefined;
      for (const c of envs) {
        const list = listOf(c.value);
        if (isUnknown(list)) {
          unreadable ??= `Environment of ${c.name}: ${list.reason}`;
          continue;
        }
        for (const item of list) {
          const name = textOf(field(item, 'Name'));
          variables.push({
            container: c.name,
            ...(name !== undefined && !isUnknown(field(item, 'Name')) ? { name } : {}),
            kind: valueKind(field(item, 'Value')),
          });
        }
      }
      return { containers: envs.length, variables, ...(unreadable ? { unreadable } : {}) };
    },
  },
  evaluate({ containers, variables, unreadable }) {
    if (containers === 0 && !unreadable) return notApplicable('the task definition has no containers');
    const secret = variables.filter((v) => v.name !== undefined && isSecretName(v.name));
    // Names only: the values are the secrets.
    const exposed = secret.filter((v) => v.kind === 'literal' || v.kind === 'resolved-secret');
    if (exposed.length) {
      return fail(
        `credentials in plain environment variables: ${exposed.map((v) => `${v.name} (${v.container})${v.kind === 'resolved-secret' ? ' resolved from a secret at deployment' : ''}`).join(', ')}`,
      );
    }
    if (unreadable) return needsReview(`environment could not be read: ${unreadable}`);
    const open = secret.find((v) => v.kind === 'unknown') ?? variables.find((v) => v.name === undefined && v.kind !== 'pointer');
    if (open)
      return needsReview(
        open.name
          ? `the value of ${open.name} (${open.container}) is not known`
          : `an environment variable name in ${open.container} is not known`,
      );
    return pass('no credential-like environment variable holds a value');
  },
});
