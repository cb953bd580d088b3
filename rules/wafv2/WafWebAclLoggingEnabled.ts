import { Tri, or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether a WAF logging configuration (or a CloudWatch Logs delivery source) covers this web ACL. */
  readonly logging: Tri;
}

export const WafWebAclLoggingEnabled = defineRule<Facts>({
  id: 'WafWebAclLoggingEnabled',
  title: 'WAF web ACLs log the requests they inspect',
  description:
    'WAF logs show which requests were blocked and why; without them attacks on the service cannot be detected, reported or investigated, as Internet First expects.',
  severity: 'error',
  controls: { ncscCsp: ['5.2', '13'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'WAFV2_LOGGING_ENABLED',
  remediation:
    'Add an AWS::WAFv2::LoggingConfiguration with ResourceArn set to the web ACL’s Arn and a log destination (a CloudWatch log group named aws-waf-logs-…), redacting authorisation headers.',
  template: {
    resourceTypes: ['AWS::WAFv2::WebACL'],
    facts(acl, { index }) {
      const configs = [
        ...index.referrers(acl, 'AWS::WAFv2::LoggingConfiguration', 'ResourceArn'),
        ...index.referrers(acl, 'AWS::Logs::DeliverySource', 'ResourceArn'),
      ];
      return { logging: or(...configs.map((c) => index.exists(c))) };
    },
  },
  evaluate({ logging }) {
    if (isUnknown(logging)) return needsReview(`whether logging is configured is not known: ${logging.reason}`);
    return logging ? pass('a logging configuration covers the web ACL') : fail('no logging configuration covers the web ACL');
  },
});
