import { Rule } from '../../lib/engine/rule';
import { CodeBuildArtifactEncryption } from './CodeBuildArtifactEncryption';
import { CodeBuildNoAwsCredentialsInEnv } from './CodeBuildNoAwsCredentialsInEnv';
import { CodeBuildNoPrivilegedMode } from './CodeBuildNoPrivilegedMode';
import { CodeBuildProjectLogging } from './CodeBuildProjectLogging';
import { CodeBuildSourceUrlNoCredentials } from './CodeBuildSourceUrlNoCredentials';

export const rules: Rule[] = [
  CodeBuildNoPrivilegedMode,
  CodeBuildNoAwsCredentialsInEnv,
  CodeBuildSourceUrlNoCredentials,
  CodeBuildProjectLogging,
  CodeBuildArtifactEncryption,
];
