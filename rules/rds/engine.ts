import { Tri, asString, existing, isSet, relatedResource } from '../../lib/engine/facts';
import { Verdict, needsReview, notApplicable } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

export type EngineFamily =
  'mysql' | 'mariadb' | 'postgres' | 'aurora-mysql' | 'aurora-postgresql' | 'oracle' | 'sqlserver' | 'db2' | 'other';

/** The engine family of an RDS Engine value; undefined when no Engine is written (a replica or restore inherits it). */
export function engineFamily(engine: unknown): EngineFamily | undefined | Unknown {
  const e = asString(engine);
  if (e === undefined || isUnknown(e)) return e;
  const v = e.toLowerCase();
  // `aurora` is the original MySQL 5.6-compatible Aurora engine.
  if (v === 'aurora' || v === 'aurora-mysql') return 'aurora-mysql';
  if (v === 'aurora-postgresql') return 'aurora-postgresql';
  if (v === 'mysql' || v === 'mariadb' || v === 'postgres') return v;
  if (v.includes('oracle')) return 'oracle';
  if (v.includes('sqlserver')) return 'sqlserver';
  if (v.startsWith('db2')) return 'db2';
  return 'other';
}

/**
 * The Aurora cluster a DB instance belongs to: undefined for a stand-alone
 * instance, the cluster resource when it is in this template, else an Unknown.
 */
export function clusterOf(instance: TemplateResource, index: TemplateIndex): TemplateResource | undefined | Unknown {
  return relatedResource(instance.get('DBClusterIdentifier'), index, 'AWS::RDS::DBCluster', 'DBClusterIdentifier');
}

/**
 * Whether a DB instance is a member of a DB cluster (Aurora), where storage, backups and
 * protection are the cluster's; Unknown when its cluster identifier may be empty.
 */
export function isClusterMember(instance: TemplateResource): Tri {
  return isSet(instance.get('DBClusterIdentifier'));
}

/**
 * The verdict of an instance-level check, which does not apply to a cluster member. When
 * membership is not known, a pass stands (a member would be not applicable, which is no
 * failure either) but a failure would rest on the instance not being a member.
 */
export function unlessClusterMember<F extends { readonly clusterMember: Tri }>(
  facts: F,
  memberMessage: string,
  own: () => Verdict,
): Verdict {
  const { clusterMember } = facts;
  // A member's own settings do not count, known or not.
  if (clusterMember === true) return notApplicable(memberMessage, unknownsIn(facts));
  const verdict = own();
  if (clusterMember === false) return verdict;
  if (verdict.status === 'NON_COMPLIANT')
    return needsReview(
      `${verdict.message}, unless the instance is a member of a DB cluster, which is not known: ${clusterMember.reason}`,
    );
  return { ...verdict, despite: [...(verdict.despite ?? []), clusterMember] };
}

/** DB instances of this template that are members of the cluster. */
export function membersOf(cluster: TemplateResource, index: TemplateIndex): TemplateResource[] {
  const name = cluster.get('DBClusterIdentifier');
  const members = [
    ...index.referrers(cluster, 'AWS::RDS::DBInstance', 'DBClusterIdentifier'),
    ...(typeof name === 'string' ? index.withLiteral('AWS::RDS::DBInstance', 'DBClusterIdentifier', name) : []),
  ];
  return existing([...new Set(members)], index);
}

/** RES-04: automated backups kept at least a week, so a problem found after a weekend can still be rolled back. */
export const MIN_BACKUP_RETENTION_DAYS = 7;
