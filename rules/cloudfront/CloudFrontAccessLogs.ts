import { Tri, isSet, or, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem } from './distribution';

interface Facts {
  /** Standard logging (legacy Logging) or a CloudWatch Logs delivery source for the distribution. */
  readonly logging: Tri;
}

/** Standard logs v2 go through a CloudWatch Logs delivery source, a resource AWS Config does not record. */
const UNRECORDED_DELIVERY = new Unknown(
  'standard logging v2 (AWS::Logs::DeliverySource) is not recorded by AWS Config, so logging may be configured there',
);

export const CloudFrontAccessLogs = defineRule<Facts>({
  id: 'CloudFrontAccessLogs',
  title: 'CloudFront distributions write access logs',
  description:
    'Access logs are the record of every request at the edge; without them abuse of the service cannot be detected or investigated.',
  severity: 'error',
  controls: { ncscCsp: ['13', '5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'CLOUDFRONT_ACCESSLOGS_ENABLED',
  remediation:
    'Set DistributionConfig.Logging with a log bucket (CDK: enableLogging: true), or deliver standard logs v2 through an AWS::Logs::DeliverySource for the distribution.',
  template: {
    resourceTypes: [DISTRIBUTION],
    facts(distribution, { index }) {
      const sources = index.referrers(distribution, 'AWS::Logs::DeliverySource', 'ResourceArn').map((s) => index.exists(s));
      return { logging: or(isSet(field(configOf(distribution), 'Logging')), ...sources) };
    },
  },
  configItem: {
    resourceTypes: [DISTRIBUTION],
    facts: (item) => ({ logging: or(isSet(field(configOfItem(item), 'Logging')), UNRECORDED_DELIVERY) }),
  },
  evaluate({ logging }) {
    if (isUnknown(logging)) return needsReview(`whether logging is configured is not known: ${logging.reason}`);
    return logging ? pass('access logging is configured') : fail('no access logging is configured');
  },
});
