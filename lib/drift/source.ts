import { InputError } from '../errors';
import { ClientOptions, ConfigRead, readAccount, readOrganisation, readSnapshots } from '../sources/config';

/** Where the deployed side comes from, as the user named it. */
export interface SourceOptions {
  readonly snapshot?: readonly string[];
  readonly region?: readonly string[];
  readonly aggregator?: string;
  readonly account?: readonly string[];
  readonly profile?: string;
  readonly endpointUrl?: string;
}

/**
 * One source of configuration items: snapshot files, one account's recorders
 * region by region, or an organisation's aggregator. Only types the checked
 * templates declare or the compared rules read are asked for, so a live read
 * costs what the comparison needs; snapshots hold what they hold.
 */
export function openSource(
  options: SourceOptions,
  resourceTypes: readonly string[],
  clientConfig?: ClientOptions['clientConfig'],
): ConfigRead {
  const live = options.region?.length || options.aggregator;
  if (options.snapshot?.length && live) throw new InputError('drift: give either --snapshot or --region/--aggregator, not both');
  if (options.snapshot?.length) return readSnapshots(options.snapshot);
  if (!live)
    throw new InputError(
      'drift: name the deployed side: --snapshot FILE|DIR, --region REGION, or --aggregator NAME --region REGION',
    );
  const common = { resourceTypes, profile: options.profile, endpointUrl: options.endpointUrl, clientConfig };
  if (options.aggregator) {
    if (options.region?.length !== 1)
      throw new InputError('--aggregator: name the one region the aggregator lives in with --region');
    return readOrganisation({ ...common, aggregator: options.aggregator, region: options.region[0], accounts: options.account });
  }
  if ((options.account?.length ?? 0) > 1) throw new InputError('--account: without --aggregator, drift reads one account');
  return readAccount({ ...common, regions: options.region!, accountId: options.account?.[0] });
}
