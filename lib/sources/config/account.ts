import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  ResourceType,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { ConfigItem } from '../../engine/config-item';
import { Limiter } from './channel';
import { checkRegions, ClientOptions, configClient, isThrottle } from './client';
import { ConfigRead, CoverageGap, CoverageLog, ProgressListener, RecordedTypes } from './coverage';
import { gapFor, isDenied } from './gaps';
import { normaliseItem, RawItem } from './normalise';
import { PageError, pages, PagerOptions } from './pager';
import { ReadContext, startRead } from './read';
import { GLOBAL_TYPES, records, recordedTypes } from './recording';

export interface ReadOptions extends ClientOptions {
  /** The resource types to read (those the rules' `configItem` adapters name). */
  readonly resourceTypes: readonly string[];
  /** Requests in flight at once: per region, and overall. @default { perRegion: 4, overall: 16 } */
  readonly concurrency?: { readonly perRegion?: number; readonly overall?: number };
  /** Overall deadline; whatever is not read by then is a gap. @default none */
  readonly timeoutMs?: number;
  /** Our retries for what the SDK does not retry (malformed bodies, repeated or expired tokens). @default 3 */
  readonly pageRetries?: number;
  readonly onProgress?: ProgressListener;
}

export interface AccountOptions extends ReadOptions {
  readonly regions: readonly string[];
  /** Names the account in gaps when no recorder says it. */
  readonly accountId?: string;
}

/** The fields a Select returns: `SELECT *` would give only the top-level scalars. */
export const SELECTED_FIELDS = [
  'resourceId',
  'resourceName',
  'resourceType',
  'arn',
  'accountId',
  'awsRegion',
  'availabilityZone',
  'configurationItemCaptureTime',
  'configurationStateId',
  'configurationItemStatus',
  'configuration',
  'supplementaryConfiguration',
  'tags',
  'relationships',
].join(', ');

interface RegionPlan {
  readonly region: string;
  readonly client: ConfigServiceClient;
  readonly recorded?: RecordedTypes;
  readonly problems: Omit<CoverageGap, 'account'>[];
  readonly account?: string;
}

/**
 * Reads one account, region by region: what each recorder records, then each
 * resource type with SelectResourceConfig (100 a page), falling back to
 * ListDiscoveredResources + GetResourceConfigHistory (limit 1) for a type whose
 * Select fails. Whatever cannot be read is a gap in `coverage()`.
 */
export function readAccount(options: AccountOptions): ConfigRead {
  checkRegions(options.regions);
  const log = new CoverageLog(options.onProgress);
  const recording = new Map<string, RecordedTypes>();
  const items = startRead(log, options.timeoutMs, async (ctx) => {
    const plans = await Promise.all(options.regions.map((region) => planRegion(region, options, log, ctx.signal)));
    const account = options.accountId ?? plans.find((p) => p.account)?.account ?? 'unknown';
    for (const plan of plans) {
      for (const problem of plan.problems) log.gap({ account, ...problem });
      if (plan.recorded) recording.set(`${account}/${plan.region}`, plan.recorded);
    }
    const overall = new Limiter(options.concurrency?.overall ?? 16);
    const shards: Promise<void>[] = [];
    for (const type of options.resourceTypes) {
      const readable = plans.filter((p) => p.recorded && records(p.recorded, type));
      const planned = plans.filter((p) => p.recorded);
      if (GLOBAL_TYPES.has(type)) {
        // recorded once for the account: one region that records it is enough
        if (readable.length) readable.splice(1);
        else if (planned.length) {
          log.gap({
            account,
            region: 'global',
            resourceType: type,
            reason: 'no scanned region records this global type',
            action: 'config:PutConfigurationRecorder',
          });
        }
      } else {
        for (const p of planned.filter((q) => !readable.includes(q))) {
          log.gap({
            account,
            region: p.region,
            resourceType: type,
            reason: 'the configuration recorder does not record this type',
            action: 'config:PutConfigurationRecorder',
          });
        }
      }
      for (const plan of readable) {
        const perRegion = (limiters[plan.region] ??= new Limiter(options.concurrency?.perRegion ?? 4));
        shards.push(overall.run(() => perRegion.run(() => readType(plan, type, account, options, ctx))));
      }
    }
    await Promise.all(shards);
  });
  const limiters: Record<string, Limiter> = {};
  return { items, coverage: () => log.result(), recording: () => recording };
}

async function planRegion(region: string, options: AccountOptions, log: CoverageLog, signal: AbortSignal): Promise<RegionPlan> {
  const client = configClient(region, options, log);
  try {
    const { ConfigurationRecorders: recorders = [] } = await client.send(new DescribeConfigurationRecordersCommand({}), {
      abortSignal: signal,
    });
    if (recorders.length === 0) {
      return {
        region,
        client,
        problems: [{ region, reason: 'no configuration recorder in this region', action: 'config:PutConfigurationRecorder' }],
      };
    }
    const account = recorders.map((r) => /^arn:[^:]+:iam::(\d{12}):/.exec(r.roleARN ?? '')?.[1]).find(Boolean);
    const problems: Omit<CoverageGap, 'account'>[] = [];
    try {
      const { ConfigurationRecordersStatus: statuses = [] } = await client.send(
        new DescribeConfigurationRecorderStatusCommand({}),
        { abortSignal: signal },
      );
      if (!statuses.some((s) => s.recording)) {
        problems.push({
          region,
          reason: 'the configuration recorder is stopped: items may be out of date',
          action: 'config:StartConfigurationRecorder',
        });
      }
    } catch (e) {
      problems.push(regionGap(e, region, 'config:DescribeConfigurationRecorderStatus'));
    }
    return { region, client, recorded: recordedTypes(recorders), problems, account };
  } catch (e) {
    return { region, client, problems: [regionGap(e, region, 'config:DescribeConfigurationRecorders')] };
  }
}

/** A gap found before the account is known (the recorders name it). */
function regionGap(e: unknown, region: string, action: string): Omit<CoverageGap, 'account'> {
  const { reason, action: needed } = gapFor(e, { account: '', region }, action);
  return needed ? { region, reason, action: needed } : { region, reason };
}

async function readType(plan: RegionPlan, type: string, account: string, options: ReadOptions, ctx: ReadContext): Promise<void> {
  const scope = { account, region: plan.region, resourceType: type };
  const seen = new Set<string>();
  const pager: PagerOptions = { retries: options.pageRetries ?? 3, signal: ctx.signal, onPage: () => ctx.log.count('pages') };
  const emit = (raws: RawItem[]) => {
    const fresh: ConfigItem[] = [];
    for (const raw of raws) {
      const item = normaliseItem(raw, { resourceType: type, awsRegion: plan.region, accountId: account });
      // a repeated or restarted page hands out items already read
      if (seen.has(item.resourceId)) continue;
      seen.add(item.resourceId);
      fresh.push(item);
    }
    return ctx.emit(fresh);
  };
  const expression = `SELECT ${SELECTED_FIELDS} WHERE resourceType = '${type}'`;
  try {
    const selected = pages(async (token) => {
      const out = await plan.client.send(
        new SelectResourceConfigCommand({ Expression: expression, Limit: 100, NextToken: token }),
        { abortSignal: ctx.signal },
      );
      return { items: (out.Results ?? []).map((row) => JSON.parse(row) as RawItem), next: out.NextToken };
    }, pager);
    for await (const rows of selected) await emit([...rows]);
    return;
  } catch (e) {
    // the slower path would be denied or throttled in the same way
    if (isDenied(e) || isThrottle(e instanceof PageError ? e.cause : e) || ctx.signal.aborted) {
      ctx.log.gap(gapFor(e, scope, 'config:SelectResourceConfig'));
      return;
    }
    // Config's advanced query fails for some types now and then; the slower path reads them one by one
  }
  try {
    await readTypeOneByOne(plan, type, pager, ctx, emit);
  } catch (e) {
    ctx.log.gap(gapFor(e, scope, (e as { action?: string }).action ?? 'config:ListDiscoveredResources'));
  }
}

async function readTypeOneByOne(
  plan: RegionPlan,
  type: string,
  pager: PagerOptions,
  ctx: ReadContext,
  emit: (raws: RawItem[]) => Promise<void>,
): Promise<void> {
  const listed = pages(async (token) => {
    const out = await plan.client.send(
      new ListDiscoveredResourcesCommand({ resourceType: type as ResourceType, limit: 100, nextToken: token }),
      { abortSignal: ctx.signal },
    );
    return { items: out.resourceIdentifiers ?? [], next: out.nextToken };
  }, pager);
  for await (const listedIds of listed) {
    // a few at a time: this path costs one call per resource
    for (let i = 0; i < listedIds.length; i += HISTORY_BATCH) await emit(await history(listedIds.slice(i, i + HISTORY_BATCH)));
  }

  async function history(ids: readonly { resourceId?: string }[]): Promise<RawItem[]> {
    const raws = await Promise.all(
      ids.map(async ({ resourceId }) => {
        try {
          const out = await plan.client.send(
            new GetResourceConfigHistoryCommand({ resourceType: type as ResourceType, resourceId, limit: 1 }),
            { abortSignal: ctx.signal },
          );
          return out.configurationItems?.[0] as RawItem | undefined;
        } catch (e) {
          throw Object.assign(e as object, { action: 'config:GetResourceConfigHistory' });
        }
      }),
    );
    return raws.filter((r): r is RawItem => r !== undefined);
  }
}

const HISTORY_BATCH = 4;
