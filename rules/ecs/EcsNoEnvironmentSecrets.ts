import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { containerValues, EcsSource } from './containers';
import { ValueKind, isSecretName, valueKind } from './secret-names';

interface Variable {
  readonly container: string;
  readonly name: Maybe<string>;
  /** What the value is (never the value itself: it may be the secret). */
  readonly kind: ValueKind;
}

interface Facts {
  readonly containers: number;
  readonly variables: Variable[];
  /** An environment that could not be read. */
  readonly unreadable?: Unknown;
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
    facts: readFacts,
  },
  configItem: {
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    facts: readFacts,
  },
  evaluate(facts) {
    const { containers, variables, unreadable } = facts;
    if (containers === 0 && !unreadable) return notApplicable('the task definition has no containers');
    const secret = variables.filter((v) => typeof v.name === 'string' && isSecretName(v.name));
    // Names only: the values are the secrets.
    const exposed = secret.filter((v) => v.kind === 'literal' || v.kind === 'resolved-secret');
    if (exposed.length) {
      return fail(
        `credentials in plain environment variables: ${exposed.map((v) => `${v.name} (${v.container})${v.kind === 'resolved-secret' ? ' resolved from a secret at deployment' : ''}`).join(', ')}`,
      );
    }
    if (unreadable) return needsReview(`the environment could not be read: ${unreadable.reason}`);
    const open =
      secret.find((v) => v.kind === 'unknown') ?? variables.find((v) => typeof v.name !== 'string' && v.kind !== 'pointer');
    if (open)
      return needsReview(
        typeof open.name === 'string'
          ? `the value of ${open.name} (${open.container}) is not known`
          : `an environment variable name in ${open.container} is not known`,
      );
    return pass('no credential-like environment variable holds a value', unknownsIn(facts));
  },
});

function readFacts(task: EcsSource): Facts {
  const envs = containerValues(task, 'Environment', listOf);
  if (isUnknown(envs)) return { containers: 0, variables: [], unreadable: envs };
  const variables: Variable[] = [];
  let unreadable: Unknown | undefined;
  for (const c of envs) {
    if (isUnknown(c.value)) {
      unreadable ??= new Unknown(`the environment of ${c.name}: ${c.value.reason}`);
      continue;
    }
    for (const item of c.value)
      variables.push({ container: c.name, name: asString(field(item, 'Name')), kind: valueKind(field(item, 'Value')) });
  }
  return { containers: envs.length, variables, ...(unreadable ? { unreadable } : {}) };
}
