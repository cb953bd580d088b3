import { Maybe } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { V2, attribute, attributeOfItem, lbType, lbTypeOfItem } from './load-balancer';

const KEY = 'routing.http.desync_mitigation_mode';
const ACCEPTED = ['defensive', 'strictest'];

interface Facts {
  readonly type: Maybe<string>;
  /** The desync mitigation mode; read only for Application Load Balancers, absent is the default (defensive). */
  readonly mode?: Maybe<string>;
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
    resourceTypes: [V2],
    facts(lb) {
      const type = lbType(lb);
      return type === 'application' ? { type, mode: attribute(lb, KEY) } : { type };
    },
  },
  configItem: {
    resourceTypes: [V2],
    facts(item) {
      const type = lbTypeOfItem(item);
      return type === 'application' ? { type, mode: attributeOfItem(item, KEY) } : { type };
    },
  },
  evaluate({ type, mode }) {
    if (isUnknown(type)) return needsReview(`the load balancer type is not known: ${type.reason}`);
    if (type !== 'application') return notApplicable(`a ${type ?? 'typeless'} load balancer has no desync mitigation mode`);
    if (isUnknown(mode)) return needsReview(`the desync mitigation mode is not known: ${mode.reason}`);
    if (mode === undefined || ACCEPTED.includes(mode)) return pass(`desync mitigation is ${mode ?? 'defensive (the default)'}`);
    return fail(`desync mitigation is in ${mode} mode, so ambiguous requests reach the targets`);
  },
});
