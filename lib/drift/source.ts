import { ConfigSourceOptions, clientOptionsOf, openRead, planSource } from '../run/config-source';
import { ClientOptions, ConfigRead } from '../sources/config';

/** Where the deployed side comes from, as the user named it: the same flags and checks as `scan`. */
export type SourceOptions = Pick<
  ConfigSourceOptions,
  'snapshot' | 'region' | 'aggregator' | 'account' | 'profile' | 'roleArn' | 'endpointUrl'
>;

/**
 * One source of configuration items, planned and opened as `scan` does. Only types
 * the checked templates declare or the compared rules read are asked for, so a live
 * read costs what the comparison needs; snapshots hold what they hold.
 */
export function openSource(
  options: SourceOptions,
  resourceTypes: readonly string[],
  clientConfig?: ClientOptions['clientConfig'],
): ConfigRead {
  const source = planSource(options, 'drift');
  return openRead(source, options, resourceTypes, clientOptionsOf({ ...options, clientConfig }));
}
