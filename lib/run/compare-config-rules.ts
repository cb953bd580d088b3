import { setMaxListeners } from 'events';
import {
  ComplianceType,
  ConfigServiceClient,
  DescribeAggregateComplianceByConfigRulesCommand,
  DescribeConfigRulesCommand,
  GetAggregateComplianceDetailsByConfigRuleCommand,
  GetComplianceDetailsByConfigRuleCommand,
} from '@aws-sdk/client-config-service';
import { ruleName } from '../conformance/pack';
import { Finding } from '../engine/model';
import { Rule } from '../engine/rule';
import { ClientOptions } from '../sources/config';
import { configClient } from '../sources/config/client';
import { CoverageLog } from '../sources/config/coverage';
import { gapFor } from '../sources/config/gaps';
import { pages, PagerOptions } from '../sources/config/pager';
import { ConfigRuleComparison } from './report';

export type { ConfigRuleComparison, ConfigRuleDifference } from './report';

export interface CompareOptions extends ClientOptions {
  readonly regions: readonly string[];
  /** Read the organisation's evaluations through this aggregator (in `regions[0]`). */
  readonly aggregator?: string;
  readonly timeoutMs?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ALL: ComplianceType[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA'];

interface Deployed {
  readonly configRule: string;
  readonly name: string;
  readonly account: string;
  readonly region: string;
  readonly client: ConfigServiceClient;
}

interface Evaluation {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly account: string;
  readonly region: string;
  readonly status: string;
}

/**
 * Reads AWS Config's own evaluations of the managed rules the run's rules
 * mirror (`configRule`) and sets them beside ours, resource by resource. One
 * account: DescribeConfigRules finds the deployed rules by source identifier,
 * GetComplianceDetailsByConfigRule reads their results. An organisation: the
 * aggregator does not say which managed rule a deployed rule runs, so rules are
 * recognised by the names AWS and Palisade give them (`incoming-ssh-disabled`,
 * with a conformance pack's or an organisation rule's suffix).
 */
export async function compareConfigRules(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: CompareOptions,
): Promise<ConfigRuleComparison> {
  const mirrored = new Map<string, Rule[]>();
  for (const r of rules)
    if (r.configRule) (mirrored.get(r.configRule) ?? mirrored.set(r.configRule, []).get(r.configRule)!).push(r);
  const log = new CoverageLog();
  const controller = new AbortController();
  // every request in flight listens for the deadline: as many as the read's concurrency, not a leak
  setMaxListeners(0, controller.signal);
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(), options.timeoutMs);
  const pager: PagerOptions = { retries: 3, signal: controller.signal, onPage: () => log.count('pages') };
  const ours = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.configRule || !f.resource.resourceId) continue;
    const key = keyOf(f.configRule, f.resource.account ?? '', f.resource.region ?? '', f.resource.type, f.resource.resourceId);
    (ours.get(key) ?? ours.set(key, []).get(key)!).push(f);
  }
  const comparison: Mutable<ConfigRuleComparison> = { rules: [], differences: [], agreed: 0, onlyAws: 0, gaps: [] };
  try {
    const deployed = options.aggregator
      ? await deployedInOrganisation(options, options.aggregator, mirrored, log, pager)
      : (await Promise.all(options.regions.map((region) => deployedInRegion(region, options, mirrored, log, pager)))).flat();
    for (const rule of deployed) {
      const evaluations = await evaluationsOf(rule, options.aggregator, log, pager);
      comparison.rules.push({
        configRule: rule.configRule,
        configRuleName: rule.name,
        account: rule.account,
        region: rule.region,
        evaluations: evaluations.length,
      });
      for (const e of evaluations) {
        const mine = ours.get(keyOf(rule.configRule, e.account, e.region, e.resourceType, e.resourceId));
        if (!mine) {
          comparison.onlyAws++;
          continue;
        }
        for (const f of mine) {
          if (passes(f.status) === passes(e.status)) comparison.agreed++;
          else {
            comparison.differences.push({
              ruleId: f.ruleId,
              configRule: rule.configRule,
              configRuleName: rule.name,
              account: e.account,
              region: e.region,
              resourceType: e.resourceType,
              resourceId: e.resourceId,
              ...(f.resource.arn ? { arn: f.resource.arn } : {}),
              aws: e.status,
              palisade: f.status,
            });
          }
        }
      }
    }
  } finally {
    clearTimeout(timer);
  }
  comparison.gaps.push(...log.result().gaps.map((g) => ({ ...g, reason: `--compare-config-rules: ${g.reason}` })));
  return comparison;
}

/**
 * The verdict that matters when two engines are set side by side: AWS marks a group
 * with no port 22 rule COMPLIANT where Palisade says NOT_APPLICABLE; neither fails it.
 */
const passes = (status: string) => (status === 'NOT_APPLICABLE' ? 'COMPLIANT' : status);

const keyOf = (configRule: string, account: string, region: string, type: string, id: string) =>
  [configRule, account, region, type, id].join('\u0000');

async function deployedInRegion(
  region: string,
  options: CompareOptions,
  mirrored: ReadonlyMap<string, Rule[]>,
  log: CoverageLog,
  pager: PagerOptions,
): Promise<Deployed[]> {
  const client = configClient(region, options, log);
  const found: Deployed[] = [];
  try {
    const listed = pages(async (token) => {
      const out = await client.send(new DescribeConfigRulesCommand({ NextToken: token }), { abortSignal: pager.signal });
      return { items: out.ConfigRules ?? [], next: out.NextToken };
    }, pager);
    for await (const page of listed) {
      for (const r of page) {
        const id = r.Source?.Owner === 'AWS' ? r.Source.SourceIdentifier : undefined;
        if (id && r.ConfigRuleName && mirrored.has(id)) {
          // the account is in the rule's ARN
          const account = /^arn:[^:]+:config:[^:]+:(\d{12}):/.exec(r.ConfigRuleArn ?? '')?.[1] ?? '';
          found.push({ configRule: id, name: r.ConfigRuleName, account, region, client });
        }
      }
    }
  } catch (e) {
    log.gap(gapFor(e, { account: 'this account', region }, 'config:DescribeConfigRules'));
  }
  return found;
}

async function deployedInOrganisation(
  options: CompareOptions,
  aggregator: string,
  mirrored: ReadonlyMap<string, Rule[]>,
  log: CoverageLog,
  pager: PagerOptions,
): Promise<Deployed[]> {
  const region = options.regions[0];
  const client = configClient(region, options, log);
  const found: Deployed[] = [];
  try {
    const listed = pages(async (token) => {
      const out = await client.send(
        new DescribeAggregateComplianceByConfigRulesCommand({ ConfigurationAggregatorName: aggregator, NextToken: token }),
        { abortSignal: pager.signal },
      );
      return { items: out.AggregateComplianceByConfigRules ?? [], next: out.NextToken };
    }, pager);
    for await (const page of listed) {
      for (const r of page) {
        const id = r.ConfigRuleName ? managedRuleNamed(r.ConfigRuleName, mirrored) : undefined;
        if (id && r.AccountId && r.AwsRegion)
          found.push({ configRule: id, name: r.ConfigRuleName!, account: r.AccountId, region: r.AwsRegion, client });
      }
    }
  } catch (e) {
    log.gap(gapFor(e, { account: 'all', region: 'all' }, 'config:DescribeAggregateComplianceByConfigRules'));
  }
  return found;
}

/** The managed rule a deployed rule's name says it runs: `incoming-ssh-disabled`, `…-conformance-pack-<id>`, `OrgConfigRule-incoming-ssh-disabled-<id>`. */
function managedRuleNamed(name: string, mirrored: ReadonlyMap<string, Rule[]>): string | undefined {
  const bare = name
    .replace(/^OrgConfigRule-/, '')
    .replace(/-conformance-pack-[a-z0-9]+$/, '')
    .replace(/-[a-z0-9]{8}$/, '');
  for (const id of mirrored.keys()) if (ruleName(id) === name || ruleName(id) === bare) return id;
  return undefined;
}

async function evaluationsOf(
  rule: Deployed,
  aggregator: string | undefined,
  log: CoverageLog,
  pager: PagerOptions,
): Promise<Evaluation[]> {
  const byResource = new Map<string, Evaluation>();
  try {
    const listed = pages(async (token) => {
      if (aggregator) {
        const out = await rule.client.send(
          new GetAggregateComplianceDetailsByConfigRuleCommand({
            ConfigurationAggregatorName: aggregator,
            ConfigRuleName: rule.name,
            AccountId: rule.account,
            AwsRegion: rule.region,
            Limit: 100,
            NextToken: token,
          }),
          { abortSignal: pager.signal },
        );
        return { items: out.AggregateEvaluationResults ?? [], next: out.NextToken };
      }
      const out = await rule.client.send(
        new GetComplianceDetailsByConfigRuleCommand({
          ConfigRuleName: rule.name,
          ComplianceTypes: ALL,
          Limit: 100,
          NextToken: token,
        }),
        { abortSignal: pager.signal },
      );
      return { items: out.EvaluationResults ?? [], next: out.NextToken };
    }, pager);
    for await (const page of listed) {
      for (const r of page) {
        const q = r.EvaluationResultIdentifier?.EvaluationResultQualifier;
        if (!q?.ResourceType || !q.ResourceId || !r.ComplianceType) continue;
        const account = ('AccountId' in r && r.AccountId) || rule.account;
        const region = ('AwsRegion' in r && r.AwsRegion) || rule.region;
        // a restarted query repeats results: keyed, each resource counts once
        byResource.set(`${account}/${region}/${q.ResourceType}/${q.ResourceId}`, {
          resourceType: q.ResourceType,
          resourceId: q.ResourceId,
          account,
          region,
          status: r.ComplianceType,
        });
      }
    }
  } catch (e) {
    log.gap(
      gapFor(
        e,
        { account: rule.account || 'this account', region: rule.region },
        aggregator ? 'config:GetAggregateComplianceDetailsByConfigRule' : 'config:GetComplianceDetailsByConfigRule',
      ),
    );
  }
  return [...byResource.values()];
}
