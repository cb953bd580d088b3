import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { CodeBuildArtifactEncryption } from '../../../rules/codebuild/CodeBuildArtifactEncryption';
import { CodeBuildNoAwsCredentialsInEnv } from '../../../rules/codebuild/CodeBuildNoAwsCredentialsInEnv';
import { CodeBuildNoPrivilegedMode } from '../../../rules/codebuild/CodeBuildNoPrivilegedMode';
import { CodeBuildProjectLogging } from '../../../rules/codebuild/CodeBuildProjectLogging';
import { CodeBuildSourceUrlNoCredentials } from '../../../rules/codebuild/CodeBuildSourceUrlNoCredentials';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');
const artifact = (type: unknown, encryptionDisabled: unknown) => ({ name: 'the primary artifacts', type, encryptionDisabled });

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['encrypted', CodeBuildArtifactEncryption, { artifacts: [artifact('S3', undefined)] }, 'COMPLIANT'],
    ['encryption disabled', CodeBuildArtifactEncryption, { artifacts: [artifact('S3', true)] }, 'NON_COMPLIANT'],
    ['encryption open', CodeBuildArtifactEncryption, { artifacts: [artifact('S3', open)] }, 'INSUFFICIENT_DATA'],
    ['type open, encrypted', CodeBuildArtifactEncryption, { artifacts: [artifact(open, false)] }, 'COMPLIANT'],
    ['no artifacts', CodeBuildArtifactEncryption, { artifacts: [artifact('NO_ARTIFACTS', open)] }, 'NOT_APPLICABLE'],
    ['secondary artifacts open', CodeBuildArtifactEncryption, { artifacts: open }, 'INSUFFICIENT_DATA'],
    ['no aws keys', CodeBuildNoAwsCredentialsInEnv, { variables: [{ name: 'STAGE', type: 'PLAINTEXT' }] }, 'COMPLIANT'],
    [
      'aws key in plain text',
      CodeBuildNoAwsCredentialsInEnv,
      { variables: [{ name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT' }] },
      'NON_COMPLIANT',
    ],
    [
      'aws key from parameter store',
      CodeBuildNoAwsCredentialsInEnv,
      { variables: [{ name: 'AWS_ACCESS_KEY_ID', type: 'PARAMETER_STORE' }] },
      'COMPLIANT',
    ],
    [
      'aws key, type open',
      CodeBuildNoAwsCredentialsInEnv,
      { variables: [{ name: 'AWS_ACCESS_KEY_ID', type: open }] },
      'INSUFFICIENT_DATA',
    ],
    ['name open', CodeBuildNoAwsCredentialsInEnv, { variables: [{ name: open, type: 'PLAINTEXT' }] }, 'INSUFFICIENT_DATA'],
    ['unprivileged', CodeBuildNoPrivilegedMode, { privileged: undefined }, 'COMPLIANT'],
    ['privileged', CodeBuildNoPrivilegedMode, { privileged: true }, 'NON_COMPLIANT'],
    ['privileged open', CodeBuildNoPrivilegedMode, { privileged: open }, 'INSUFFICIENT_DATA'],
    ['cloudwatch default', CodeBuildProjectLogging, { cloudWatch: undefined, s3: open }, 'COMPLIANT'],
    ['s3 only', CodeBuildProjectLogging, { cloudWatch: 'DISABLED', s3: 'ENABLED' }, 'COMPLIANT'],
    ['both off', CodeBuildProjectLogging, { cloudWatch: 'DISABLED', s3: undefined }, 'NON_COMPLIANT'],
    ['cloudwatch open', CodeBuildProjectLogging, { cloudWatch: open, s3: undefined }, 'INSUFFICIENT_DATA'],
    [
      'url clean',
      CodeBuildSourceUrlNoCredentials,
      { locations: [{ source: 'the primary source', credentials: false }] },
      'COMPLIANT',
    ],
    [
      'url with credentials',
      CodeBuildSourceUrlNoCredentials,
      { locations: [{ source: 'the primary source', credentials: true }] },
      'NON_COMPLIANT',
    ],
    [
      'url open',
      CodeBuildSourceUrlNoCredentials,
      { locations: [{ source: 'the primary source', credentials: open }] },
      'INSUFFICIENT_DATA',
    ],
    ['no source', CodeBuildSourceUrlNoCredentials, { locations: [] }, 'NOT_APPLICABLE'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
