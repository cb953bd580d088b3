import { ConfigItem } from '../../lib/engine/config-item';
import { Tri, isSet, recorded } from '../../lib/engine/facts';

/*
 * AWS Config's RDS items keep the casing of the SDK it was built on: an instance
 * records `dBClusterIdentifier` and `iAMDatabaseAuthenticationEnabled`, a cluster
 * `dbclusterIdentifier` and `iamdatabaseAuthenticationEnabled`.
 */

/** A value of the item's configuration that Config always records: absent is unknown, never the default. */
export const value = (item: ConfigItem, key: string): unknown => recorded(item.configuration, key);

/** Whether a DB instance item belongs to a DB cluster: RDS leaves the cluster identifier out of a stand-alone instance. */
export const isClusterMemberItem = (item: ConfigItem): Tri => isSet(item.configuration.dBClusterIdentifier);
