import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { field, listOf } from '../iam/values';

interface Variable {
  readonly name?: string;
  /** PLAINTEXT (the default), PARAMETER_STORE or SECRETS_MANAGER; undefined when unknown. */
  readonly type?: string;
}

interface Facts {
  readonly variables: Variable[];
  readonly unreadable?: string;
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
    facts(project) {
      const list = listOf(project.get('Environment.EnvironmentVariables'));
      if (isUnknown(list)) return { variables: [], unreadable: list.reason };
      return {
        variables: list.map((v) => {
          const name = field(v, 'Name');
          const type = field(v, 'Type');
          return {
            ...(typeof name === 'string' ? { name } : {}),
            ...(type === undefined ? { type: 'PLAINTEXT' } : typeof type === 'string' ? { type } : {}),
          };
        }),
      };
    },
  },
  evaluate({ variables, unreadable }) {
    if (unreadable) return needsReview(`EnvironmentVariables is not known: ${unreadable}`);
    const exposed = variables.filter((v) => v.name && AWS_CREDENTIALS.includes(v.name.toUpperCase()) && v.type === 'PLAINTEXT');
    if (exposed.length)
      return fail(`AWS credentials in plain-text environment variables: ${exposed.map((v) => v.name).join(', ')}`);
    const open = variables.find(
      (v) => v.name === undefined || (AWS_CREDENTIALS.includes(v.name.toUpperCase()) && v.type === undefined),
    );
    if (open)
      return needsReview(open.name ? `the type of ${open.name} is not known` : 'an environment variable name is not known');
    return pass('no AWS credentials in plain-text environment variables');
  },
});
