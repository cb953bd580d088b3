import { field } from '../../lib/engine/facts';
import { Unknown } from '../../lib/engine/unknown';

/**
 * A nested configuration value Config should always record (`EncryptionInfo.EncryptionInTransit.InCluster`):
 * absent anywhere along the path means the item does not say, never the service default.
 * The one-level form is `recorded` in rules/ec2/text.ts.
 */
export function recordedAt(configuration: Readonly<Record<string, unknown>>, path: string): unknown {
  const value = path.split('.').reduce<unknown>((at, key) => field(at, key), configuration);
  return value === undefined || value === null ? new Unknown(`the configuration item does not record ${path}`) : value;
}
