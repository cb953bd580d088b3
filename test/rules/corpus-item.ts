import { readFileSync } from 'fs';
import { join } from 'path';
import { ConfigItem } from '../../lib/engine/config-item';
import { normaliseItem } from '../../lib/sources/config/normalise';

const BY_TYPE = join(__dirname, '../../../shared/corpus/config-items/by-type');

/** A real configuration item from the shared corpus (`AWS_S3_Bucket/rdk-example.json`), normalised as a scan would. */
export function corpusItem(path: string): ConfigItem {
  // Select rows carry only the selected fields: the directory names the type.
  const resourceType = path.split('/')[0].replace(/_/g, '::');
  return normaliseItem(JSON.parse(readFileSync(join(BY_TYPE, path), 'utf8')) as Record<string, unknown>, { resourceType });
}
