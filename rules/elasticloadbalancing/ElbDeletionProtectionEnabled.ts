import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { V2, attribute, attributeOfItem } from './load-balancer';

const KEY = 'deletion_protection.enabled';

interface Facts {
  /** Absent is the default (off). */
  readonly deletionProtection: Maybe<boolean>;
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
    resourceTypes: [V2],
    facts: (lb) => ({ deletionProtection: asBoolean(attribute(lb, KEY)) }),
  },
  configItem: {
    resourceTypes: [V2],
    facts: (item) => ({ deletionProtection: asBoolean(attributeOfItem(item, KEY)) }),
  },
  evaluate({ deletionProtection: on }) {
    if (isUnknown(on)) return needsReview(`whether deletion protection is on is not known: ${on.reason}`);
    if (on) return pass('deletion protection is on');
    return fail(`deletion protection is off${on === undefined ? ' (the default)' : ''}`);
  },
});
