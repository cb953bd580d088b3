import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether data at rest is encrypted. */
  readonly atRest: Maybe<boolean>;
}

export const ElastiCacheReplicationGroupEncryptedAtRest = defineRule<Facts>({
  id: 'ElastiCacheReplicationGroupEncryptedAtRest',
  title: 'ElastiCache replication groups are encrypted at rest',
  description:
    'Cached sessions and records spill to disk during syncs, swaps and backups; without at-rest encryption those copies are readable from storage.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST',
  remediation: 'Set AtRestEncryptionEnabled: true, with KmsKeyId for a customer-managed key; it needs a new replication group.',
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    facts: (group) => ({ atRest: asBoolean(group.get('AtRestEncryptionEnabled')) }),
  },
  evaluate({ atRest }) {
    if (isUnknown(atRest)) return needsReview(`whether data at rest is encrypted is not known: ${atRest.reason}`);
    if (atRest === true) return pass('the replication group is encrypted at rest');
    return fail(
      atRest === undefined ? 'encryption at rest is not set, so data at rest is unencrypted' : 'encryption at rest is off',
    );
  },
});
