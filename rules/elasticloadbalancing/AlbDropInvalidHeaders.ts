import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { attribute, lbType } from './load-balancer';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

interface Facts {
  readonly type: unknown;
  readonly dropInvalidHeaders: unknown;
}

export const AlbDropInvalidHeaders = defineRule<Facts>({
  id: 'AlbDropInvalidHeaders',
  title: 'Application Load Balancers drop invalid HTTP headers',
  description:
    'Headers that do not match the HTTP grammar are a vehicle for request smuggling and header injection into the application; the ALB can drop them before they reach targets.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ALB_HTTP_DROP_INVALID_HEADER_ENABLED',
  remediation: `Set the load balancer attribute ${KEY} to true (CDK: dropInvalidHeaderFields: true).`,
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts: (lb) => ({ type: lbType(lb), dropInvalidHeaders: attribute(lb, KEY) }),
  },
  evaluate({ type, dropInvalidHeaders }) {
    if (isUnknown(type)) return needsReview(`Type is not known: ${type.reason}`);
    if (type !== 'application') return notApplicable(`a ${String(type)} load balancer does not parse HTTP headers`);
    const on = asBoolean(dropInvalidHeaders);
    if (isUnknown(on)) return needsReview(`${KEY} is not known: ${on.reason}`);
    if (on) return pass('invalid header fields are dropped');
    return fail(on === false ? `${KEY} is false` : `${KEY} is not set (default false)`);
  },
});
