import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly cloudWatch: Maybe<string>;
  readonly s3: Maybe<string>;
}

export const CodeBuildProjectLogging = defineRule<Facts>({
  id: 'CodeBuildProjectLogging',
  title: 'CodeBuild projects keep build logs',
  description:
    'Build logs are the record of what went into a release; without them a compromised build or dependency cannot be investigated.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring', 'supply-chain-security'] },
  configRule: 'CODEBUILD_PROJECT_LOGGING_ENABLED',
  remediation:
    'Keep LogsConfig.CloudWatchLogs.Status ENABLED (the default) or enable S3Logs (CDK: logging: { cloudWatch: { logGroup } }).',
  template: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts: (project) => ({
      cloudWatch: asString(project.get('LogsConfig.CloudWatchLogs.Status')),
      s3: asString(project.get('LogsConfig.S3Logs.Status')),
    }),
  },
  // The service always reports logsConfig (CloudWatch ENABLED unless turned off): an item without it does not say.
  configItem: {
    resourceTypes: ['AWS::CodeBuild::Project'],
    facts(project) {
      const logs = recorded(project.configuration, 'logsConfig');
      return {
        cloudWatch: asString(valueAt(logs, 'cloudWatchLogs.status')),
        s3: asString(valueAt(logs, 's3Logs.status')),
      };
    },
  },
  evaluate({ cloudWatch, s3 }) {
    // CloudWatch Logs are ENABLED by default; S3 logs are DISABLED by default.
    if (cloudWatch === undefined || cloudWatch === 'ENABLED')
      return pass('build logs go to CloudWatch Logs', isUnknown(s3) ? [s3] : []);
    if (s3 === 'ENABLED') return pass('build logs go to S3', isUnknown(cloudWatch) ? [cloudWatch] : []);
    if (isUnknown(cloudWatch)) return needsReview(`whether logs go to CloudWatch Logs is not known: ${cloudWatch.reason}`);
    if (isUnknown(s3)) return needsReview(`whether logs go to S3 is not known: ${s3.reason}`);
    return fail('both CloudWatch Logs and S3 logs are disabled');
  },
});
