import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { attribute, lbType } from './load-balancer';

const CLASSIC = 'AWS::ElasticLoadBalancing::LoadBalancer';

interface Facts {
  /** classic, or the ELBv2 Type. */
  readonly type: unknown;
  readonly enabled: unknown;
}

export const ElbAccessLogsEnabled = defineRule<Facts>({
  id: 'ElbAccessLogsEnabled',
  title: 'Load balancers write access logs',
  description:
    'Access logs are the record of every request at the internet edge; without them anomalous traffic cannot be investigated or reported.',
  severity: 'error',
  controls: { ncscCsp: ['13', '5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'ELB_LOGGING_ENABLED',
  remediation:
    'Classic: set AccessLoggingPolicy.Enabled: true with an S3 bucket. ALB: set the attribute access_logs.s3.enabled to true and access_logs.s3.bucket (CDK: loadBalancer.logAccessLogs(bucket)).',
  template: {
    resourceTypes: [CLASSIC, 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts(lb) {
      if (lb.type === CLASSIC) return { type: 'classic', enabled: lb.get('AccessLoggingPolicy.Enabled') };
      return { type: lbType(lb), enabled: attribute(lb, 'access_logs.s3.enabled') };
    },
  },
  evaluate({ type, enabled }) {
    if (isUnknown(type)) return needsReview(`Type is not known: ${type.reason}`);
    // AWS Config's elb-logging-enabled covers Classic and Application Load Balancers.
    if (type !== 'classic' && type !== 'application')
      return notApplicable(`access logs of a ${String(type)} load balancer are outside this rule`);
    const on = asBoolean(enabled);
    if (isUnknown(on)) return needsReview(`whether access logging is enabled is not known: ${on.reason}`);
    if (on) return pass('access logs are written');
    return fail(on === false ? 'access logging is disabled' : 'access logging is not configured');
  },
});
