import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { PresenceFacts, presenceFacts } from '../guardduty/account-wide';

export const CloudTrailEnabled = defineRule<PresenceFacts>({
  id: 'CloudTrailEnabled',
  title: 'A CloudTrail trail is logging in the account and region',
  description:
    'Without a trail, API activity is kept for 90 days in event history only, with no data events, integrity digests or delivery to the log archive: too little to investigate an incident.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1', '14.2'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'CLOUD_TRAIL_ENABLED',
  remediation:
    'Deploy an organisation trail from the management account, or an AWS::CloudTrail::Trail with IsLogging: true and IsMultiRegionTrail: true (CDK: new cloudtrail.Trail(this, "Trail")). If a trail exists outside these templates, acknowledge this finding with that reason.',
  template: {
    resourceTypes: [ACCOUNT_TYPE],
    // IsLogging is required; a trail without it is not a working trail.
    facts: (_account, context) => presenceFacts(context, 'AWS::CloudTrail::Trail', (t) => asBoolean(t.get('IsLogging')) ?? false),
  },
  evaluate({ present }) {
    if (isUnknown(present)) return needsReview(`whether a trail is logging is not known: ${present.reason}`);
    if (present) return pass('a CloudTrail trail is logging for this account and region');
    return fail('no CloudTrail trail with IsLogging: true in the checked templates; an organisation trail may cover the account');
  },
});
