import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly inTransit: Maybe<boolean>;
  readonly mode: unknown;
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
      mode: group.get('TransitEncryptionMode'),
    }),
  },
  evaluate({ inTransit, mode }) {
    if (isUnknown(inTransit)) return needsReview(`TransitEncryptionEnabled is not known: ${inTransit.reason}`);
    if (inTransit !== true)
      return fail(
        inTransit === undefined
          ? 'TransitEncryptionEnabled is not set, so traffic is clear text'
          : 'TransitEncryptionEnabled is false',
      );
    if (isUnknown(mode)) return needsReview(`TransitEncryptionMode is not known: ${mode.reason}`);
    if (mode === 'preferred') return fail('TransitEncryptionMode is preferred, so clear-text connections are still accepted');
    return pass('connections require TLS');
  },
});
