import {
  AggregateResourceIdentifier,
  BatchGetAggregateResourceConfigCommand,
  ConfigServiceClient,
  DescribeConfigurationAggregatorSourcesStatusCommand,
  ListAggregateDiscoveredResourcesCommand,
  ResourceType,
  SelectAggregateResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { ConfigItem } from '../../engine/config-item';
import { InputError } from '../../errors';
import { ReadOptions, SELECTED_FIELDS } from './account';
import { Limiter } from './channel';
import { checkRegions, configClient, isThrottle } from './client';
import { ConfigRead, CoverageLog } from './coverage';
import { gapFor, isDenied } from './gaps';
import { normaliseItem, RawItem } from './normalise';
import { PageError, pages, PagerOptions } from './pager';
import { ReadContext, startRead } from './read';

export interface OrganisationOptions extends ReadOptions {
  /** The configuration aggregator's name. */
  readonly aggregator: string;
  /** The region the aggregator lives in. */
  readonly region: string;
  /** Limit the read to these accounts; every account the aggregator holds otherwise. */
  readonly accounts?: readonly string[];
  /** A source not updated for this long is stale: its account-region is incomplete. @default 24 hours */
  readonly staleAfterMs?: number;
}

interface Shard {
  readonly account: string;
  readonly type: string;
}

/**
 * Reads an organisation through a Config aggregator, the distributed engine AWS
 * already runs: source freshness first (a failed or stale source is a gap), then
 * SelectAggregateResourceConfig sharded by account and resource type so that
 * several token chains run at once. A shard whose Select fails is read with
 * ListAggregateDiscoveredResources + BatchGetAggregateResourceConfig, which return
 * no tags or relationships: that shard is then also reported as a gap.
 */
export function readOrganisation(options: OrganisationOptions): ConfigRead {
  checkRegions([options.region]);
  const log = new CoverageLog(options.onProgress);
  const items = startRead(log, options.timeoutMs, async (ctx) => {
    const client = configClient(options.region, options, log);
    const pager: PagerOptions = { retries: options.pageRetries ?? 3, signal: ctx.signal, onPage: () => log.count('pages') };
    const name = options.aggregator;
    try {
      await checkSources(client, options, ctx, pager);
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchConfigurationAggregatorException') {
        throw new InputError(`--aggregator: no configuration aggregator named '${name}' in ${options.region}`);
      }
      log.gap(gapFor(e, { account: 'all', region: 'all' }, 'config:DescribeConfigurationAggregatorSourcesStatus'));
      if (isDenied(e)) return;
    }
    let shards: Shard[];
    try {
      shards = await planShards(client, options, ctx, pager);
    } catch (e) {
      log.gap(gapFor(e, { account: 'all', region: 'all' }, 'config:SelectAggregateResourceConfig'));
      return;
    }
    const limiter = new Limiter(Math.min(options.concurrency?.overall ?? 16, options.concurrency?.perRegion ?? 4));
    await Promise.all(shards.map((shard) => limiter.run(() => readShard(client, shard, options, ctx, pager))));
  });
  return { items, coverage: () => log.result(), recording: () => new Map() };
}

async function checkSources(client: ConfigServiceClient, options: OrganisationOptions, ctx: ReadContext, pager: PagerOptions) {
  const staleBefore = Date.now() - (options.staleAfterMs ?? 24 * 3600_000);
  const statuses = pages(async (token) => {
    const out = await client.send(
      new DescribeConfigurationAggregatorSourcesStatusCommand({
        ConfigurationAggregatorName: options.aggregator,
        NextToken: token,
      }),
      { abortSignal: ctx.signal },
    );
    return { items: out.AggregatedSourceStatusList ?? [], next: out.NextToken };
  }, pager);
  for await (const page of statuses) {
    for (const s of page) {
      const scope = { account: s.SourceId ?? 'unknown', region: s.AwsRegion ?? 'unknown' };
      if (options.accounts && s.SourceType === 'ACCOUNT' && !options.accounts.includes(scope.account)) continue;
      if (s.LastUpdateStatus === 'FAILED') {
        ctx.log.gap({
          ...scope,
          reason: `aggregator source failed: ${s.LastErrorCode ?? 'no error code'} ${s.LastErrorMessage ?? ''}`.trim(),
        });
      } else if (s.LastUpdateStatus === 'OUTDATED' || (s.LastUpdateTime && s.LastUpdateTime.getTime() < staleBefore)) {
        const when = s.LastUpdateTime ? s.LastUpdateTime.toISOString() : 'never';
        ctx.log.gap({ ...scope, reason: `aggregator source is stale: last updated ${when}` });
      }
    }
  }
}

/** The (account, type) pairs that hold items, from one grouped count. */
async function planShards(
  client: ConfigServiceClient,
  options: OrganisationOptions,
  ctx: ReadContext,
  pager: PagerOptions,
): Promise<Shard[]> {
  const types = options.resourceTypes.map((t) => `'${t}'`).join(', ');
  const accounts = options.accounts?.length ? ` AND accountId IN (${options.accounts.map((a) => `'${a}'`).join(', ')})` : '';
  const expression = `SELECT accountId, resourceType, COUNT(*) WHERE resourceType IN (${types})${accounts} GROUP BY accountId, resourceType`;
  const shards: Shard[] = [];
  for await (const rows of pages((token) => select(client, options.aggregator, expression, token, ctx), pager)) {
    for (const row of rows) shards.push({ account: String(row.accountId), type: String(row.resourceType) });
  }
  return shards;
}

async function select(
  client: ConfigServiceClient,
  aggregator: string,
  expression: string,
  token: string | undefined,
  ctx: ReadContext,
) {
  const out = await client.send(
    new SelectAggregateResourceConfigCommand({
      ConfigurationAggregatorName: aggregator,
      Expression: expression,
      Limit: 100,
      NextToken: token,
    }),
    { abortSignal: ctx.signal },
  );
  return { items: (out.Results ?? []).map((row) => JSON.parse(row) as RawItem), next: out.NextToken };
}

async function readShard(
  client: ConfigServiceClient,
  shard: Shard,
  options: OrganisationOptions,
  ctx: ReadContext,
  pager: PagerOptions,
) {
  const scope = { account: shard.account, region: 'all', resourceType: shard.type };
  const seen = new Set<string>();
  const emit = (raws: RawItem[]) => {
    const fresh: ConfigItem[] = [];
    for (const raw of raws) {
      const item = normaliseItem(raw, { resourceType: shard.type, accountId: shard.account });
      const key = `${item.awsRegion}/${item.resourceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fresh.push(item);
    }
    return ctx.emit(fresh);
  };
  const expression = `SELECT ${SELECTED_FIELDS} WHERE resourceType = '${shard.type}' AND accountId = '${shard.account}'`;
  try {
    for await (const rows of pages((token) => select(client, options.aggregator, expression, token, ctx), pager))
      await emit([...rows]);
    return;
  } catch (e) {
    if (isDenied(e) || isThrottle(e instanceof PageError ? e.cause : e) || ctx.signal.aborted) {
      ctx.log.gap(gapFor(e, scope, 'config:SelectAggregateResourceConfig'));
      return;
    }
  }
  try {
    await batchGetShard(client, shard, options, ctx, pager, emit);
    ctx.log.gap({
      ...scope,
      reason:
        'read without tags or relationships: SelectAggregateResourceConfig failed for this type, and BatchGetAggregateResourceConfig does not return them',
    });
  } catch (e) {
    ctx.log.gap(gapFor(e, scope, (e as { action?: string }).action ?? 'config:ListAggregateDiscoveredResources'));
  }
}

async function batchGetShard(
  client: ConfigServiceClient,
  shard: Shard,
  options: OrganisationOptions,
  ctx: ReadContext,
  pager: PagerOptions,
  emit: (raws: RawItem[]) => Promise<void>,
) {
  const listed = pages(async (token) => {
    const out = await client.send(
      new ListAggregateDiscoveredResourcesCommand({
        ConfigurationAggregatorName: options.aggregator,
        ResourceType: shard.type as ResourceType,
        Filters: { AccountId: shard.account },
        Limit: 100,
        NextToken: token,
      }),
      { abortSignal: ctx.signal },
    );
    return { items: out.ResourceIdentifiers ?? [], next: out.NextToken };
  }, pager);
  for await (const ids of listed) {
    let pending: AggregateResourceIdentifier[] = ids.map((i) => ({
      SourceAccountId: i.SourceAccountId,
      SourceRegion: i.SourceRegion,
      ResourceId: i.ResourceId,
      ResourceType: i.ResourceType,
      ResourceName: i.ResourceName,
    }));
    // unprocessed identifiers come back to be asked for again; a batch that makes no progress fails
    for (let round = 0; pending.length; round++) {
      let out;
      try {
        out = await client.send(
          new BatchGetAggregateResourceConfigCommand({
            ConfigurationAggregatorName: options.aggregator,
            ResourceIdentifiers: pending,
          }),
          { abortSignal: ctx.signal },
        );
      } catch (e) {
        throw Object.assign(e as object, { action: 'config:BatchGetAggregateResourceConfig' });
      }
      await emit((out.BaseConfigurationItems ?? []) as RawItem[]);
      const left = out.UnprocessedResourceIdentifiers ?? [];
      if (left.length >= pending.length && round >= pager.retries) {
        throw new PageError(`BatchGetAggregateResourceConfig left ${left.length} identifiers unprocessed`, undefined);
      }
      pending = left;
    }
  }
}
