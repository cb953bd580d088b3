import { createHash } from 'crypto';
import { createReadStream } from 'fs';
import { IO } from '../cli/io';
import { Progress } from '../cli/progress';
import { ConfigItem } from '../engine/config-item';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';
import {
  ClientOptions,
  ConfigRead,
  CoverageStats,
  ReadCoverage,
  readAccount,
  readOrganisation,
  readSnapshots,
  snapshotFiles,
} from '../sources/config';
import { checkRegions } from '../sources/config/client';
import { checkRoleArn } from '../sources/config/role';
import { compareConfigRules, ConfigRuleComparison } from './compare-config-rules';
import { evaluateItems, typesToRead } from './config-items';
import { Evaluated } from './finish';
import { ReportInput } from './report';

/** Where `scan` reads its items from, as commander hands the flags over. */
export interface ConfigSourceOptions {
  /** Config snapshot files or directories in Config's S3 layout. */
  readonly snapshot?: string[];
  /** Live: the regions to read (with --aggregator, the aggregator's one region). */
  readonly region?: string[];
  readonly profile?: string;
  readonly roleArn?: string;
  readonly aggregator?: string;
  /** With --aggregator, only these accounts; live without it, the one account expected. */
  readonly account?: string[];
  readonly endpointUrl?: string;
  /** Overall deadline in seconds; what is not read by then is a gap. */
  readonly timeout?: string;
  /** Also read AWS Config's own evaluations of the managed rules ours mirror, and list where they differ. */
  readonly compareConfigRules?: boolean;
  /** Tests: SDK client settings (credentials, a fast retry strategy). */
  readonly clientConfig?: ClientOptions['clientConfig'];
}

export type Source =
  | { readonly kind: 'snapshot'; readonly paths: readonly string[] }
  | { readonly kind: 'account'; readonly regions: readonly string[] }
  | { readonly kind: 'organisation'; readonly aggregator: string; readonly region: string };

/** Checks the source flags before anything is read; every mistake is one line (exit 2), named for the command. */
export function planSource(options: ConfigSourceOptions, command = 'scan'): Source {
  if (options.roleArn !== undefined) checkRoleArn(options.roleArn);
  const live = ['region', 'profile', 'roleArn', 'aggregator', 'endpointUrl', 'timeout', 'compareConfigRules'] as const;
  const given = live.filter((k) => options[k] !== undefined && options[k] !== false);
  if (options.snapshot?.length) {
    if (given.length) throw new InputError(`--snapshot reads files: it cannot be combined with ${given.map(flag).join(', ')}`);
    return { kind: 'snapshot', paths: options.snapshot };
  }
  const regions = options.region ?? [];
  if (options.timeout !== undefined) timeoutMs(options.timeout);
  if (options.aggregator !== undefined) {
    if (!options.aggregator.trim()) throw new InputError('--aggregator: name the configuration aggregator');
    if (regions.length !== 1) throw new InputError('--aggregator: give the aggregator’s region with --region, once');
    checkRegions(regions);
    return { kind: 'organisation', aggregator: options.aggregator, region: regions[0] };
  }
  if (regions.length === 0)
    throw new InputError(
      `${command}: give --snapshot FILE|DIR…, or --region REGION (repeatable) to read an account, or --aggregator NAME --region REGION`,
    );
  if ((options.account?.length ?? 0) > 1) throw new InputError(`--account: without --aggregator, ${command} reads one account`);
  checkRegions(regions);
  return { kind: 'account', regions: [...new Set(regions)] };
}

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function timeoutMs(text: string): number {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(seconds > 0))
    throw new InputError(`--timeout: '${text}' is not a number of seconds greater than 0`);
  return seconds * 1000;
}

/**
 * The discover and evaluate stages for AWS Config: open the read, evaluate the
 * items as they stream, and hand the findings and coverage on to the rest of
 * the pipeline. Progress (items, pages, throttles) goes to a terminal only.
 */
export async function evaluateConfigSource(
  options: ConfigSourceOptions,
  rules: readonly Rule[],
  io: IO,
  /** Sees every item read (`scan --templates` keeps them to match to declared resources). */
  onItem?: (item: ConfigItem) => void,
): Promise<Evaluated & { readonly configRules?: ConfigRuleComparison }> {
  const source = planSource(options);
  const progress = new Progress(io);
  let stats: Readonly<CoverageStats> | undefined;
  let evaluated = 0;
  const show = () =>
    progress.update(
      `read ${stats?.items ?? evaluated} items, ${stats?.pages ?? 0} ${source.kind === 'snapshot' ? 'files' : 'pages'}, ${stats?.throttles ?? 0} throttled; evaluated ${evaluated}`,
    );
  const onProgress = (s: Readonly<CoverageStats>) => {
    stats = s;
    show();
  };
  const client = clientOptionsOf(options);
  const read = openRead(source, options, typesToRead(rules), client, onProgress);
  const files = source.kind === 'snapshot' ? await snapshotFiles(source.paths) : [];
  const result = await evaluateItems(read, rules, {
    scanned: () => [...read.recording().keys()],
    onItem: (n, item) => {
      evaluated = n;
      onItem?.(item);
      show();
    },
  });
  progress.done();

  let gaps = result.coverage.gaps;
  let configRules: ConfigRuleComparison | undefined;
  if (options.compareConfigRules && source.kind !== 'snapshot') {
    progress.update('reading AWS Config’s own evaluations', true);
    configRules = await compareConfigRules(result.findings, rules, {
      ...client,
      ...(source.kind === 'organisation'
        ? { aggregator: source.aggregator, regions: [source.region] }
        : { regions: source.regions }),
      timeoutMs: options.timeout === undefined ? undefined : timeoutMs(options.timeout),
    });
    progress.done();
    gaps = [...gaps, ...configRules.gaps];
  }

  const s = result.coverage.stats;
  const notes = [
    `read ${s.items} configuration item(s)${s.deleted || s.notRecorded ? ` (${s.deleted} deleted and ${s.notRecorded} not recorded: counted, not evaluated)` : ''}${result.scopes ? `; account-wide rules ran in ${result.scopes} account-region(s)` : ''}${s.throttles ? `; ${s.throttles} throttled request(s) retried` : ''}`,
    ...[...result.unkeptLookups].map(
      ([type, by]) =>
        `${[...by].join(', ')} looked up ${type}, which this scan does not keep: the results that depend on it need review`,
    ),
  ];
  return {
    findings: result.findings,
    inputs: source.kind === 'snapshot' ? await Promise.all(files.map(hashed)) : liveInputs(source),
    coverage: { complete: gaps.length === 0, gaps, stats: s } as ReadCoverage,
    readFiles: files,
    notes,
    configRules,
  };
}

/** How a live read reaches AWS Config, from the flags. */
export function clientOptionsOf(options: ConfigSourceOptions): ClientOptions {
  const { profile, roleArn, endpointUrl, clientConfig } = options;
  return { profile, roleArn, endpointUrl, clientConfig };
}

/** Opens the read a planned source names: snapshot files, one account region by region, or an aggregator. */
export function openRead(
  source: Source,
  options: ConfigSourceOptions,
  resourceTypes: readonly string[],
  client: ClientOptions,
  onProgress?: (s: Readonly<CoverageStats>) => void,
): ConfigRead {
  const timeout = options.timeout === undefined ? undefined : timeoutMs(options.timeout);
  switch (source.kind) {
    case 'snapshot':
      return readSnapshots(source.paths, { onProgress });
    case 'account':
      return readAccount({
        ...client,
        regions: source.regions,
        accountId: options.account?.[0],
        resourceTypes,
        timeoutMs: timeout,
        onProgress,
      });
    case 'organisation':
      return readOrganisation({
        ...client,
        aggregator: source.aggregator,
        region: source.region,
        accounts: options.account,
        resourceTypes,
        timeoutMs: timeout,
        onProgress,
      });
  }
}

function liveInputs(source: Source): ReportInput[] {
  if (source.kind === 'organisation') return [{ path: `aws-config-aggregator:${source.aggregator}@${source.region}` }];
  if (source.kind === 'account') return source.regions.map((r) => ({ path: `aws-config:${r}` }));
  return [];
}

async function hashed(file: string): Promise<ReportInput> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { path: file, sha256: hash.digest('hex') };
}
