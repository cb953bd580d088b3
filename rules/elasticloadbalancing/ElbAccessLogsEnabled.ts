import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { CLASSIC, V2, attribute, attributeOfItem, classicAttributeOfItem, lbType, lbTypeOfItem } from './load-balancer';

interface Facts {
  /** classic, or the ELBv2 type. */
  readonly type: Maybe<string>;
  /** Whether access logs are written; read only for the types this rule covers, absent is off. */
  readonly enabled?: Maybe<boolean>;
}

const COVERED = ['classic', 'application'];

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
    resourceTypes: [CLASSIC, V2],
    facts(lb) {
      if (lb.type === CLASSIC) return { type: 'classic', enabled: asBoolean(lb.get('AccessLoggingPolicy.Enabled')) };
      const type = lbType(lb);
      return type === 'application' ? { type, enabled: asBoolean(attribute(lb, 'access_logs.s3.enabled')) } : { type };
    },
  },
  configItem: {
    resourceTypes: [CLASSIC, V2],
    facts(item) {
      if (item.resourceType === CLASSIC) return { type: 'classic', enabled: classicAttributeOfItem(item, 'accessLog') };
      const type = lbTypeOfItem(item);
      return type === 'application' ? { type, enabled: asBoolean(attributeOfItem(item, 'access_logs.s3.enabled')) } : { type };
    },
  },
  evaluate({ type, enabled: on }) {
    if (isUnknown(type)) return needsReview(`the load balancer type is not known: ${type.reason}`);
    // AWS Config's elb-logging-enabled covers Classic and Application Load Balancers.
    if (!COVERED.includes(type ?? ''))
      return notApplicable(`access logs of a ${type ?? 'typeless'} load balancer are outside this rule`);
    if (isUnknown(on)) return needsReview(`whether access logging is enabled is not known: ${on.reason}`);
    if (on) return pass('access logs are written');
    return fail(on === false ? 'access logging is disabled' : 'access logging is not configured');
  },
});
