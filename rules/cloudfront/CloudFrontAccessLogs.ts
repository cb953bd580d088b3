import { hasProperty, or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Standard logging (legacy Logging) or a CloudWatch Logs delivery source for the distribution. */
  readonly logging: boolean | Unknown;
}

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
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts(distribution, { index }) {
      const sources = index.referrers(distribution, 'AWS::Logs::DeliverySource', 'ResourceArn').map((s) => index.exists(s));
      return { logging: or(hasProperty(distribution, 'DistributionConfig.Logging'), ...sources) };
    },
  },
  evaluate({ logging }) {
    if (isUnknown(logging)) return needsReview(`whether logging is configured is not known: ${logging.reason}`);
    return logging ? pass('access logging is configured') : fail('no access logging is configured');
  },
});
