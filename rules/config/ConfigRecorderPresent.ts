import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { PresenceFacts, presenceFacts, presenceInScope } from '../guardduty/account-wide';

export const ConfigRecorderPresent = defineRule<PresenceFacts>({
  id: 'ConfigRecorderPresent',
  title: 'AWS Config records resource configuration in the account and region',
  description:
    'The Config recorder is the change history of every resource and the input to conformance packs and Palisade’s runtime scan; without it drift and unmanaged resources go unseen.',
  severity: 'warning',
  controls: { ncscCsp: ['5.4', '14.2'], tenSteps: ['asset-management', 'logging-and-monitoring'] },
  remediation:
    'Enable AWS Config in every account and approved region (Control Tower or an organisation-wide StackSet does this), or add an AWS::Config::ConfigurationRecorder and AWS::Config::DeliveryChannel. If it is enabled outside these templates, acknowledge this finding with that reason.',
  configItem: {
    resourceTypes: [ACCOUNT_TYPE],
    looksUp: ['AWS::Config::ConfigurationRecorder'],
    facts: (_account, scope) => presenceInScope(scope, 'AWS::Config::ConfigurationRecorder', () => true),
  },
  template: {
    resourceTypes: [ACCOUNT_TYPE],
    facts: (_account, context) => presenceFacts(context, 'AWS::Config::ConfigurationRecorder', () => true),
  },
  evaluate({ present }) {
    if (isUnknown(present)) return needsReview(`whether a configuration recorder exists is not known: ${present.reason}`);
    if (present) return pass('a configuration recorder is defined for this account and region');
    return fail(
      'no AWS::Config::ConfigurationRecorder in the checked templates; AWS Config may be enabled outside them (for example by Control Tower)',
    );
  },
});
