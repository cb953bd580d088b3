import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { attribute } from './load-balancer';

const KEY = 'deletion_protection.enabled';

interface Facts {
  readonly deletionProtection: unknown;
}

export const ElbDeletionProtectionEnabled = defineRule<Facts>({
  id: 'ElbDeletionProtectionEnabled',
  title: 'Load balancers have deletion protection',
  description:
    'The load balancer is the service’s front door and holds its DNS name; deletion protection stops an accidental or malicious delete taking the service down.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'ELB_DELETION_PROTECTION_ENABLED',
  remediation: `Set the load balancer attribute ${KEY} to true (CDK: deletionProtection: true).`,
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts: (lb) => ({ deletionProtection: attribute(lb, KEY) }),
  },
  evaluate({ deletionProtection }) {
    const on = asBoolean(deletionProtection);
    if (isUnknown(on)) return needsReview(`${KEY} is not known: ${on.reason}`);
    if (on) return pass('deletion protection is on');
    return fail(on === false ? `${KEY} is false` : `${KEY} is not set (default false)`);
  },
});
