import { ConfigItem } from '../../lib/engine/config-item';
import { recorded } from '../../lib/engine/facts';

/**
 * A CodeBuild project as AWS Config records it: the API's lowerCamelCase names, with
 * `source` and `artifacts` recorded as a list holding the one primary entry (as in
 * the published RDK item), though the resource schema shows them as objects.
 */
export function primary(project: ConfigItem, key: 'source' | 'artifacts'): unknown {
  const value = recorded(project.configuration, key);
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}
