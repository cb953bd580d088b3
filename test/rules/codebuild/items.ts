import { configItem } from '../harness';

/** A CodeBuild project as Config records it: lowerCamelCase, source and artifacts as lists of one (the RDK item's shape). */
export const ITEMS = [
  configItem('AWS::CodeBuild::Project', {
    name: 'p',
    source: [{ type: 'GITHUB', location: 'https://github.com/o/r' }],
    secondarySources: [{ type: 'S3', location: 'b/k', sourceIdentifier: 's2' }],
    artifacts: [{ type: 'S3', encryptionDisabled: false }],
    secondaryArtifacts: [{ type: 'S3', encryptionDisabled: true, artifactIdentifier: 'a2' }],
    environment: { privilegedMode: false, environmentVariables: [{ name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT', value: 'x' }] },
    logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
  }),
];
