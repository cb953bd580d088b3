import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { attribute, lbType } from './load-balancer';

const KEY = 'routing.http.desync_mitigation_mode';
const ACCEPTED = ['defensive', 'strictest'];

interface Facts {
  readonly type: unknown;
  readonly mode: unknown;
}

export const AlbDesyncMitigationMode = defineRule<Facts>({
  id: 'AlbDesyncMitigationMode',
  title: 'Application Load Balancers mitigate HTTP desync',
  description:
    'In monitor mode the ALB forwards ambiguous requests that can desynchronise it from its targets (request smuggling); defensive or strictest mode blocks them.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ALB_DESYNC_MODE_CHECK',
  remediation: `Leave ${KEY} at defensive (the default) or set it to strictest (CDK: desyncMitigationMode).`,
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts: (lb) => ({ type: lbType(lb), mode: attribute(lb, KEY) }),
  },
  evaluate({ type, mode }) {
    if (isUnknown(type)) return needsReview(`Type is not known: ${type.reason}`);
    if (type !== 'application') return notApplicable(`a ${String(type)} load balancer has no desync mitigation mode`);
    if (isUnknown(mode)) return needsReview(`${KEY} is not known: ${mode.reason}`);
    // The attribute defaults to defensive.
    if (mode === undefined || ACCEPTED.includes(String(mode))) return pass(`desync mitigation is ${String(mode ?? 'defensive')}`);
    return fail(`${KEY} is ${String(mode)}`);
  },
});
