import { CodeBuildArtifactEncryption } from '../../../rules/codebuild/CodeBuildArtifactEncryption';
import { CodeBuildNoAwsCredentialsInEnv } from '../../../rules/codebuild/CodeBuildNoAwsCredentialsInEnv';
import { CodeBuildNoPrivilegedMode } from '../../../rules/codebuild/CodeBuildNoPrivilegedMode';
import { CodeBuildProjectLogging } from '../../../rules/codebuild/CodeBuildProjectLogging';
import { CodeBuildSourceUrlNoCredentials } from '../../../rules/codebuild/CodeBuildSourceUrlNoCredentials';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const project = (props: Record<string, unknown>, environment: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      P: {
        Type: 'AWS::CodeBuild::Project',
        Properties: {
          Artifacts: { Type: 'NO_ARTIFACTS' },
          Source: { Type: 'NO_SOURCE', BuildSpec: 'version: 0.2' },
          ServiceRole: 'arn:aws:iam::111122223333:role/cb',
          Environment: {
            Type: 'LINUX_CONTAINER',
            ComputeType: 'BUILD_GENERAL1_SMALL',
            Image: 'aws/codebuild/standard:7.0',
            ...environment,
          },
          ...props,
        },
      },
    },
  });

describe('CodeBuildNoPrivilegedMode', () => {
  const rule = CodeBuildNoPrivilegedMode;
  it('passes by default', () => expect(statusOf(rule, 'P', project({}))).toBe('COMPLIANT'));
  it('fails in privileged mode', () => expect(statusOf(rule, 'P', project({}, { PrivilegedMode: true }))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'P', project({}, { PrivilegedMode: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('CodeBuildNoAwsCredentialsInEnv', () => {
  const rule = CodeBuildNoAwsCredentialsInEnv;
  const env = (...vars: Record<string, unknown>[]) => project({}, { EnvironmentVariables: vars });
  it('passes other variables and keys held in Secrets Manager', () => {
    expect(
      statusOf(
        rule,
        'P',
        env({ Name: 'STAGE', Value: 'prod' }, { Name: 'AWS_SECRET_ACCESS_KEY', Type: 'SECRETS_MANAGER', Value: 'ci:key' }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when an access key id is plain text, without echoing it', () => {
    const r = resultOf(rule, 'P', env({ Name: 'AWS_ACCESS_KEY_ID', Value: 'AKIAEXAMPLE' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('AKIAEXAMPLE');
  });
  it('needs review when the variables are a parameter', () =>
    expect(statusOf(rule, 'P', project({}, { EnvironmentVariables: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('CodeBuildSourceUrlNoCredentials', () => {
  const rule = CodeBuildSourceUrlNoCredentials;
  const source = (Location: unknown) => project({ Source: { Type: 'GITHUB', Location } });
  it('passes a URL without user info', () =>
    expect(statusOf(rule, 'P', source('https://github.com/org/repo.git'))).toBe('COMPLIANT'));
  it('passes a URL whose repository part is a parameter', () =>
    expect(statusOf(rule, 'P', source({ 'Fn::Sub': 'https://github.com/org/${Input}.git' }))).toBe('COMPLIANT'));
  it('fails when a token is in the URL, without echoing it', () => {
    const r = resultOf(rule, 'P', source('https://ghp_secret@github.com/org/repo.git'));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('ghp_secret');
  });
  it('fails when a secondary source has user and password', () => {
    expect(
      statusOf(
        rule,
        'P',
        project({
          SecondarySources: [{ Type: 'BITBUCKET', SourceIdentifier: 'lib', Location: 'https://u:p@bitbucket.org/o/r.git' }],
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('is not applicable without a source location', () => expect(statusOf(rule, 'P', project({}))).toBe('NOT_APPLICABLE'));
  it('needs review when the whole location is a parameter', () =>
    expect(statusOf(rule, 'P', source(PARAM))).toBe('INSUFFICIENT_DATA'));
});

describe('CodeBuildProjectLogging', () => {
  const rule = CodeBuildProjectLogging;
  it('passes with default CloudWatch logging', () => expect(statusOf(rule, 'P', project({}))).toBe('COMPLIANT'));
  it('fails when every log destination is disabled', () => {
    expect(
      statusOf(rule, 'P', project({ LogsConfig: { CloudWatchLogs: { Status: 'DISABLED' }, S3Logs: { Status: 'DISABLED' } } })),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when the status is a parameter', () => {
    expect(statusOf(rule, 'P', project({ LogsConfig: { CloudWatchLogs: { Status: PARAM } } }))).toBe('INSUFFICIENT_DATA');
  });
});

describe('CodeBuildArtifactEncryption', () => {
  const rule = CodeBuildArtifactEncryption;
  const s3 = (extra: Record<string, unknown> = {}) => ({ Type: 'S3', Location: 'bucket', ...extra });
  it('passes encrypted S3 artifacts', () => expect(statusOf(rule, 'P', project({ Artifacts: s3() }))).toBe('COMPLIANT'));
  it('fails when encryption is disabled', () =>
    expect(statusOf(rule, 'P', project({ Artifacts: s3({ EncryptionDisabled: true }) }))).toBe('NON_COMPLIANT'));
  it('is not applicable without artifacts', () => expect(statusOf(rule, 'P', project({}))).toBe('NOT_APPLICABLE'));
  it('needs review when EncryptionDisabled is a parameter', () =>
    expect(statusOf(rule, 'P', project({ Artifacts: s3({ EncryptionDisabled: PARAM }) }))).toBe('INSUFFICIENT_DATA'));
});
