import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Variable {
  readonly name: Maybe<string>;
  /** PLAINTEXT (the default when absent), PARAMETER_STORE or SECRETS_MANAGER. */
  readonly type: Maybe<string>;
}

interface Facts {
  readonly variables: Variable[] | Unknown;
}

const AWS_CREDENTIALS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

export const CodeBuildNoAwsCredentialsInEnv = defineRule<Facts>({
  id: 'CodeBuildNoAwsCredentialsInEnv',
  title: 'CodeBuild projects keep AWS credentials out of plain-text environment variables',
  description:
    'Plain-text environment variables are visible to anyone who can read the project and in build logs; AWS keys there are long-lived credentials leaked by design.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '7'],
    tenSteps: ['identity-and-access-management', 'supply-chain-security'],
    cyberEssentials: ['user-access-control'],
  },
  configRule: 'CODEBUILD_PROJECT_ENVVAR_AWSCRED_CHECK',
  remediation:
    'Remove AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and give the project a service role with the permissions it needs; keep other secrets as PARAMETER_STORE or SECRETS_MANAGER variables.',
  template: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) => variableFacts(project.get('Environment.EnvironmentVariables'), 'Name', 'Type'),
  },
  configItem: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) =>
      variableFacts(valueAt(recorded(project.configuration, 'environment'), 'environmentVariables'), 'name', 'type'),
  },
  evaluate(facts) {
    const { variables } = facts;
    if (isUnknown(variables)) return needsReview(`the environment variables are not known: ${variables.reason}`);
    const credential = (v: Variable) => typeof v.name === 'string' && AWS_CREDENTIALS.includes(v.name.toUpperCase());
    const exposed = variables.filter((v) => credential(v) && v.type === 'PLAINTEXT');
    if (exposed.length)
      return fail(`AWS credentials in plain-text environment variables: ${exposed.map((v) => v.name).join(', ')}`);
    const open = variables.find((v) => isUnknown(v.name) || (credential(v) && isUnknown(v.type)));
    if (open)
      return needsReview(
        typeof open.name === 'string' ? `the type of ${open.name} is not known` : 'an environment variable name is not known',
      );
    return pass('no AWS credentials in plain-text environment variables', unknownsIn(facts));
  },
});

function variableFacts(value: unknown, nameKey: string, typeKey: string): Facts {
  const list = listOf(value);
  if (isUnknown(list)) return { variables: list };
  return {
    variables: list.map((v) => ({ name: asString(field(v, nameKey)), type: asString(field(v, typeKey)) ?? 'PLAINTEXT' })),
  };
}
