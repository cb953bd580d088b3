import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asString, related } from './values';

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
  return related(instance.get('DBClusterIdentifier'), index, 'AWS::RDS::DBCluster', 'DBClusterIdentifier');
}

/** Whether a DB instance is a member of a DB cluster (Aurora), where storage, backups and protection are the cluster's. */
export function isClusterMember(instance: TemplateResource): boolean {
  const id = instance.get('DBClusterIdentifier');
  return id !== undefined && id !== null && id !== '';
}

/** DB instances of this template that are members of the cluster. */
export function membersOf(cluster: TemplateResource, index: TemplateIndex): TemplateResource[] {
  const name = cluster.get('DBClusterIdentifier');
  const members = [
    ...index.referrers(cluster, 'AWS::RDS::DBInstance', 'DBClusterIdentifier'),
    ...(typeof name === 'string' ? index.withLiteral('AWS::RDS::DBInstance', 'DBClusterIdentifier', name) : []),
  ];
  return [...new Set(members)].filter((i) => index.exists(i) !== false);
}

/** RES-04: automated backups kept at least a week, so a problem found after a weekend can still be rolled back. */
export const MIN_BACKUP_RETENTION_DAYS = 7;
