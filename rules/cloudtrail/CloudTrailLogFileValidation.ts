import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the trail writes digest files. */
  readonly fileValidation: Maybe<boolean>;
}

export const CloudTrailLogFileValidation = defineRule<Facts>({
  id: 'CloudTrailLogFileValidation',
  title: 'CloudTrail log file validation is enabled',
  description:
    'Digest files let you prove that audit logs were not altered or deleted after delivery, which evidence in an investigation or a Cyber Essentials Plus audit depends on.',
  severity: 'error',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED',
  remediation: 'Set EnableLogFileValidation: true (CDK: enableFileValidation defaults to true on cloudtrail.Trail).',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: (trail) => ({ fileValidation: asBoolean(trail.get('EnableLogFileValidation')) }),
  },
  configItem: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: ({ configuration: c }) => ({ fileValidation: asBoolean(recorded(c, 'logFileValidationEnabled')) }),
  },
  evaluate({ fileValidation }) {
    if (isUnknown(fileValidation)) return needsReview(`whether log file validation is on is not known: ${fileValidation.reason}`);
    return fileValidation === true
      ? pass('log file validation is enabled')
      : fail(
          fileValidation === undefined
            ? 'log file validation is not set, so log integrity cannot be proven'
            : 'log file validation is off, so log integrity cannot be proven',
        );
  },
});
