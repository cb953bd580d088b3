import { Status } from '../../../lib/engine/model';
import { CodeBuildArtifactEncryption } from '../../../rules/codebuild/CodeBuildArtifactEncryption';
import { CodeBuildNoAwsCredentialsInEnv } from '../../../rules/codebuild/CodeBuildNoAwsCredentialsInEnv';
import { CodeBuildNoPrivilegedMode } from '../../../rules/codebuild/CodeBuildNoPrivilegedMode';
import { CodeBuildProjectLogging } from '../../../rules/codebuild/CodeBuildProjectLogging';
import { CodeBuildSourceUrlNoCredentials } from '../../../rules/codebuild/CodeBuildSourceUrlNoCredentials';
import { corpusItems } from '../corpus-items';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const RULES = {
  artifacts: CodeBuildArtifactEncryption,
  env: CodeBuildNoAwsCredentialsInEnv,
  privileged: CodeBuildNoPrivilegedMode,
  logging: CodeBuildProjectLogging,
  source: CodeBuildSourceUrlNoCredentials,
};
type Expected = Record<keyof typeof RULES, Status>;

interface Project {
  location: string;
  artifactType: string;
  encryptionDisabled: boolean;
  privileged: boolean;
  variables: { name: string; type?: string }[];
  cloudWatch: 'ENABLED' | 'DISABLED';
}

/** The same project in CloudFormation's names and in the API's (as Config records it). */
const asTemplate = (p: Project) =>
  template({
    P: {
      Type: 'AWS::CodeBuild::Project',
      Properties: {
        ServiceRole: 'r',
        Source: { Type: 'GITHUB', Location: p.location },
        Artifacts: { Type: p.artifactType, Location: 'b', EncryptionDisabled: p.encryptionDisabled },
        Environment: {
          Type: 'LINUX_CONTAINER',
          Image: 'i',
          ComputeType: 'BUILD_GENERAL1_SMALL',
          PrivilegedMode: p.privileged,
          EnvironmentVariables: p.variables.map((v) => ({ Name: v.name, Value: 'x', Type: v.type })),
        },
        LogsConfig: { CloudWatchLogs: { Status: p.cloudWatch } },
      },
    },
  });
const asItem = (p: Project) =>
  configItem('AWS::CodeBuild::Project', {
    name: 'p',
    source: [{ type: 'GITHUB', location: p.location }],
    secondarySources: [],
    artifacts: [{ type: p.artifactType, location: 'b', encryptionDisabled: p.encryptionDisabled }],
    secondaryArtifacts: [],
    environment: {
      type: 'LINUX_CONTAINER',
      privilegedMode: p.privileged,
      environmentVariables: p.variables.map((v) => ({ name: v.name, value: 'x', type: v.type ?? 'PLAINTEXT' })),
    },
    logsConfig: { cloudWatchLogs: { status: p.cloudWatch }, s3Logs: { status: 'DISABLED' } },
  });

describe('CodeBuild projects: a template and a configuration item agree', () => {
  const scenarios: [string, Project, Expected][] = [
    [
      'a clean project',
      {
        location: 'https://github.com/o/r',
        artifactType: 'S3',
        encryptionDisabled: false,
        privileged: false,
        variables: [{ name: 'STAGE' }],
        cloudWatch: 'ENABLED',
      },
      { artifacts: 'COMPLIANT', env: 'COMPLIANT', privileged: 'COMPLIANT', logging: 'COMPLIANT', source: 'COMPLIANT' },
    ],
    [
      'a project with every problem',
      {
        location: 'https://user:token@github.com/o/r',
        artifactType: 'S3',
        encryptionDisabled: true,
        privileged: true,
        variables: [{ name: 'AWS_SECRET_ACCESS_KEY' }],
        cloudWatch: 'DISABLED',
      },
      {
        artifacts: 'NON_COMPLIANT',
        env: 'NON_COMPLIANT',
        privileged: 'NON_COMPLIANT',
        logging: 'NON_COMPLIANT',
        source: 'NON_COMPLIANT',
      },
    ],
  ];
  describe.each(scenarios)('%s', (_, project, expected) => {
    it.each(Object.entries(RULES))('%s', (key, rule) => {
      const status = expected[key as keyof Expected];
      expect([statusOf(rule, 'P', asTemplate(project)), statusOfItem(rule, asItem(project))]).toEqual([status, status]);
    });
  });

  it('needs review when the item lacks what the service always reports', () => {
    const item = configItem('AWS::CodeBuild::Project', { name: 'p' });
    for (const rule of Object.values(RULES)) expect([rule.id, statusOfItem(rule, item)]).toEqual([rule.id, 'INSUFFICIENT_DATA']);
  });

  it('reads source and artifacts recorded as objects too (the schema shape)', () => {
    const item = configItem('AWS::CodeBuild::Project', {
      source: { type: 'GITHUB', location: 'https://user:token@github.com/o/r' },
      secondarySources: [],
      artifacts: { type: 'S3', encryptionDisabled: true },
      secondaryArtifacts: [],
    });
    expect(statusOfItem(CodeBuildSourceUrlNoCredentials, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(CodeBuildArtifactEncryption, item)).toBe('NON_COMPLIANT');
  });

  it('reads the real RDK project: GitHub source, no artifacts, CloudWatch logs, unprivileged', () => {
    const [{ item }] = corpusItems('AWS::CodeBuild::Project');
    expect(statusOfItem(CodeBuildSourceUrlNoCredentials, item)).toBe('COMPLIANT');
    expect(statusOfItem(CodeBuildArtifactEncryption, item)).toBe('NOT_APPLICABLE');
    expect(statusOfItem(CodeBuildProjectLogging, item)).toBe('COMPLIANT');
    expect(statusOfItem(CodeBuildNoPrivilegedMode, item)).toBe('COMPLIANT');
    expect(statusOfItem(CodeBuildNoAwsCredentialsInEnv, item)).toBe('COMPLIANT');
  });
});
