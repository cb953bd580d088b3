import { Maybe, asBoolean, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether connections are encrypted. */
  readonly inTransit: Maybe<boolean>;
  /** `required`, or `preferred` (clear text still accepted). */
  readonly mode: Maybe<string>;
}

export const ElastiCacheReplicationGroupEncryptedInTransit = defineRule<Facts>({
  id: 'ElastiCacheReplicationGroupEncryptedInTransit',
  title: 'ElastiCache replication groups require TLS',
  description:
    'Without in-transit encryption, clients and replicas exchange cached data and AUTH tokens in clear text; the "preferred" mode still accepts clear-text clients.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT',
  remediation:
    'Set TransitEncryptionEnabled: true and TransitEncryptionMode: required (engine 3.2.6 or later), and connect clients with TLS.',
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    facts: (group) => ({
      inTransit: asBoolean(group.get('TransitEncryptionEnabled')),
      mode: asString(group.get('TransitEncryptionMode')),
    }),
  },
  evaluate({ inTransit, mode }) {
    if (isUnknown(inTransit)) return needsReview(`whether traffic is encrypted is not known: ${inTransit.reason}`);
    if (inTransit !== true)
      return fail(
        inTransit === undefined
          ? 'in-transit encryption is not set, so traffic is clear text'
          : 'in-transit encryption is off, so traffic is clear text',
      );
    if (isUnknown(mode)) return needsReview(`the in-transit encryption mode is not known: ${mode.reason}`);
    if (mode === 'preferred') return fail('TLS is only preferred, so clear-text connections are still accepted');
    return pass('connections require TLS');
  },
});
