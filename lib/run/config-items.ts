import { ConfigItem, ConfigScope, Lookup, declaredOnly, keeperOf, lookupType } from '../engine/config-item';
import { CoverageGap, Finding, ResourceLocation } from '../engine/model';
import { decide, Rule, Verdict } from '../engine/rule';
import { ACCOUNT_TYPE } from '../engine/template-index';
import { ConfigRead, ConfigScopes, ReadCoverage } from '../sources/config';

/** The tags CloudFormation puts on what it creates: they tie a deployed item back to its stack. */
export const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

const NO_LOOKUPS: readonly Lookup[] = [];

/**
 * The types the rules' adapters look up through the scope (a bucket's KMS key,
 * a region's network, its trail and detector), as each adapter declares them.
 * Their items stay in memory until their account-region is evaluated; items of
 * other types are evaluated as they arrive and dropped.
 */
export function lookupTypes(rules: readonly Rule[]): string[] {
  return [...keepers(rules).keys()].sort();
}

/** Per looked-up type, what of each item the run keeps (see `Lookup`). */
function keepers(rules: readonly Rule[]): Map<string, (item: ConfigItem) => ConfigItem | undefined> {
  const byType = new Map<string, Lookup[]>();
  for (const lookup of rules.flatMap((r) => r.adapters.configItem?.looksUp ?? [])) {
    const type = lookupType(lookup);
    (byType.get(type) ?? byType.set(type, []).get(type)!).push(lookup);
  }
  return new Map([...byType].map(([type, lookups]) => [type, keeperOf(lookups)]));
}

export interface ItemEvaluationOptions {
  /** Types kept for lookups. @default lookupTypes(rules) */
  readonly relationTypes?: readonly string[];
  /** Account-regions that were scanned, so account-wide rules run there even when they hold no item (`account/region`). */
  readonly scanned?: () => readonly string[];
  /** Called after each item, with the item. */
  readonly onItem?: (count: number, item: ConfigItem) => void;
}

export interface ItemEvaluation {
  readonly findings: Finding[];
  readonly coverage: ReadCoverage;
  /** Items evaluated. */
  readonly items: number;
  /** Account-regions the account-wide rules ran in. */
  readonly scopes: number;
  /** Lookups of types this run did not keep, by type, with the rules that made them. */
  readonly unkeptLookups: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The resource types a live read must ask for: every adapter's, and the types relations look up. */
export function typesToRead(rules: readonly Rule[], relationTypes: readonly string[] = lookupTypes(rules)): string[] {
  const types = new Set<string>(relationTypes);
  for (const r of rules) for (const t of r.adapters.configItem?.resourceTypes ?? []) if (t !== ACCOUNT_TYPE) types.add(t);
  return [...types].sort();
}

/**
 * Evaluates every rule with a `configItem` adapter on the items of a read,
 * through the one `decide`. An item whose rules read nothing but the item is
 * decided as it arrives and dropped; one whose adapter looked into its
 * account-region waits, with the relation types, until the read is complete,
 * and is decided then on the full scope. Account-wide rules run once per
 * account-region on a synthetic `AWS::::Account` item. A scope the read could
 * not cover answers "not recorded", so nothing passes for want of an item.
 */
export async function evaluateItems(
  read: ConfigRead,
  rules: readonly Rule[],
  options: ItemEvaluationOptions = {},
): Promise<ItemEvaluation> {
  const byType = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const type of rule.adapters.configItem?.resourceTypes ?? []) {
      (byType.get(type) ?? byType.set(type, []).get(type)!).push(rule);
    }
  }
  const keeping = options.relationTypes
    ? new Map(options.relationTypes.map((t) => [t, (item: ConfigItem): ConfigItem | undefined => item]))
    : keepers(rules);
  const keep = new Set(keeping.keys());
  const accounts = new Map<string, ConfigScopes>();
  const waiting: ConfigItem[] = [];
  const dropped = new Set<string>();
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const probe = new ProbeScope();
  let count = 0;

  for await (const item of read.items) {
    count++;
    if (item.awsRegion !== 'global') seen.add(`${item.accountId}/${item.awsRegion}`);
    const applicable = byType.get(item.resourceType);
    let waits = false;
    if (applicable) {
      const verdicts: Verdict[] = [];
      for (const rule of applicable) {
        probe.reset(item);
        const verdict = decide(rule, () => rule.adapters.configItem!.facts(item, probe));
        if (probe.touched) {
          waits = true;
          break;
        }
        verdicts.push(verdict);
      }
      if (waits) waiting.push(item);
      else {
        const location = locationOf(item);
        applicable.forEach((rule, i) => findings.push(findingOf(rule, location, verdicts[i])));
      }
    }
    const kept = waits ? item : keeping.get(item.resourceType)?.(item);
    if (kept) scopesOf(accounts, read, item.accountId).add(kept);
    else dropped.add(item.resourceType);
    options.onItem?.(count, item);
  }

  const coverage = read.coverage();
  const unkeptLookups = new Map<string, Set<string>>();
  const unkept = (type: string, rule: Rule) =>
    (unkeptLookups.get(type) ?? unkeptLookups.set(type, new Set()).get(type)!).add(rule.id);
  const scoped = (account: string, region: string, rule: Rule): ConfigScope =>
    declaredOnly(
      guarded(scopesOf(accounts, read, account).scope(account, region), coverage.gaps, (type) => {
        if (keep.has(type) || !dropped.has(type)) return true;
        unkept(type, rule);
        return false;
      }),
      rule.adapters.configItem?.looksUp ?? NO_LOOKUPS,
      (type) => unkept(type, rule),
    );

  for (const item of waiting) {
    const location = locationOf(item);
    for (const rule of byType.get(item.resourceType)!) {
      const scope = scoped(item.accountId, item.awsRegion, rule);
      findings.push(
        findingOf(
          rule,
          location,
          decide(rule, () => rule.adapters.configItem!.facts(item, scope)),
        ),
      );
    }
  }

  const accountRules = byType.get(ACCOUNT_TYPE) ?? [];
  const regions = new Set([...(options.scanned?.() ?? []), ...seen]);
  let scopes = 0;
  for (const key of [...regions].sort()) {
    const [account, region] = key.split('/');
    // a region that could not be read at all has no account-wide result: its gap says so
    if (accountRules.length === 0 || wholeRegionGap(coverage.gaps, account, region)) continue;
    scopes++;
    const item = accountItem(account, region);
    const location = locationOf(item);
    for (const rule of accountRules) {
      const scope = scoped(account, region, rule);
      findings.push(
        findingOf(
          rule,
          location,
          decide(rule, () => rule.adapters.configItem!.facts(item, scope)),
        ),
      );
    }
  }
  return { findings, coverage, items: count, scopes, unkeptLookups };
}

function scopesOf(accounts: Map<string, ConfigScopes>, read: ConfigRead, account: string): ConfigScopes {
  let scopes = accounts.get(account);
  if (!scopes) accounts.set(account, (scopes = new ConfigScopes(read.recording())));
  return scopes;
}

/** Where a runtime result is: the item's identity, its version, and its stack when CloudFormation tagged it. */
export function locationOf(item: ConfigItem): ResourceLocation {
  const location: ResourceLocation = { type: item.resourceType, resourceId: item.resourceId };
  if (item.arn) location.arn = item.arn;
  location.account = item.accountId;
  location.region = item.awsRegion;
  const stack = item.tags[STACK_NAME_TAG];
  const logicalId = item.tags[LOGICAL_ID_TAG];
  if (stack) location.stack = stack;
  if (logicalId) location.logicalId = logicalId;
  if (item.captureTime) location.captureTime = item.captureTime;
  if (item.stateId) location.stateId = item.stateId;
  return location;
}

function findingOf(rule: Rule, resource: ResourceLocation, verdict: Verdict): Finding {
  return {
    ruleId: rule.id,
    status: verdict.status,
    severity: rule.severity,
    resource,
    message: verdict.message,
    remediation: rule.remediation,
    configRule: rule.configRule,
    controls: rule.controls,
  };
}

/** AWS Config's own name for the account: account-wide rules are decided on it, once per account-region. */
function accountItem(accountId: string, awsRegion: string): ConfigItem {
  return {
    resourceType: ACCOUNT_TYPE,
    resourceId: accountId,
    accountId,
    awsRegion,
    status: 'OK',
    configuration: {},
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
  };
}

const covers = (g: CoverageGap, account: string, region: string) =>
  (g.account === account || g.account === 'all') && (g.region === region || g.region === 'all');

function wholeRegionGap(gaps: readonly CoverageGap[], account: string, region: string): boolean {
  return gaps.some((g) => g.resourceType === undefined && covers(g, account, region));
}

/**
 * The scope adapters see at the end: a type the read could not cover in this
 * account-region (a gap), or that was not kept, is not recorded there, so an
 * absent item proves nothing.
 */
function guarded(scope: ConfigScope, gaps: readonly CoverageGap[], kept: (type: string) => boolean): ConfigScope {
  const missing = (type: string) =>
    gaps.some(
      (g) =>
        (g.resourceType === undefined || g.resourceType === type) &&
        (covers(g, scope.accountId, scope.region) || (g.region === 'global' && g.account === scope.accountId)),
    );
  return {
    accountId: scope.accountId,
    region: scope.region,
    ofType: (type) => scope.ofType(type),
    get: (type, id) => scope.get(type, id),
    records: (type) => kept(type) && !missing(type) && scope.records(type),
  };
}

/** A scope with nothing in it that notes whether an adapter looked into it: if it did, the item waits for the full scope. */
class ProbeScope implements ConfigScope {
  touched = false;
  accountId = '';
  region = '';

  reset(item: ConfigItem): void {
    this.touched = false;
    this.accountId = item.accountId;
    this.region = item.awsRegion;
  }

  ofType(): readonly ConfigItem[] {
    this.touched = true;
    return [];
  }

  get(): ConfigItem | undefined {
    this.touched = true;
    return undefined;
  }

  records(): boolean {
    this.touched = true;
    return false;
  }
}
