import { stringify } from 'yaml';
import { rulesOfPack } from '../../rules/catalogue';
import { PackId } from '../../rules/frameworks';
import { Rule, resourceTypesOf } from '../engine/rule';
import { LIMITS } from './limits';
import managed from './managed-rules.json';
import { InputParameters, inputParametersFor } from './parameters';
import { checkRegion, offeredIn } from './regions';

interface ManagedRuleInfo {
  readonly resourceTypes: readonly string[];
  readonly periodic: boolean;
}

const MANAGED = managed.rules as Readonly<Record<string, ManagedRuleInfo>>;

/** One AWS Config managed rule in a pack, with the Palisade rules that mirror it. */
export interface PackRule {
  readonly configRule: string;
  readonly palisadeRules: readonly string[];
  readonly resourceTypes: readonly string[];
  readonly periodic: boolean;
  readonly inputParameters?: InputParameters;
  readonly description: string;
}

export interface ConformancePack {
  /** `palisade-<pack>-<n>`: always numbered, so a pack that grows past a limit keeps its first name. */
  readonly name: string;
  readonly rules: readonly PackRule[];
  /** The YAML TemplateBody. */
  readonly body: string;
}

export interface Omitted {
  readonly configRule: string;
  readonly palisadeRules: readonly string[];
  readonly reason: string;
}

export interface PackOptions {
  /** Leave out managed rules not offered in this region. */
  readonly region?: string;
  /** yyyy-mm-dd: dated parameters (supported runtimes, Kubernetes versions) are computed for this day. */
  readonly today: string;
  readonly catalogue?: readonly Rule[];
}

export interface GeneratedPacks {
  readonly packs: readonly ConformancePack[];
  readonly omitted: readonly Omitted[];
  /** Palisade rules of the pack with no managed twin (they need the custom-rule Lambda instead). */
  readonly withoutTwin: readonly string[];
}

/**
 * The AWS Config conformance packs for one Palisade pack: every managed rule the
 * pack's rules mirror (several of ours may share one), with our thresholds as its
 * input parameters, split into numbered packs that respect AWS's limits.
 */
export function conformancePacks(pack: PackId, options: PackOptions): GeneratedPacks {
  if (options.region) checkRegion(options.region);
  const rules = rulesOfPack(pack, options.catalogue);
  const byManaged = new Map<string, Rule[]>();
  for (const r of rules) if (r.configRule) byManaged.set(r.configRule, [...(byManaged.get(r.configRule) ?? []), r]);

  const entries: PackRule[] = [];
  const omitted: Omitted[] = [];
  for (const [configRule, mirrors] of [...byManaged].sort(([a], [b]) => a.localeCompare(b))) {
    const ids = mirrors.map((r) => r.id);
    if (options.region) {
      const offered = offeredIn(configRule, options.region);
      if (!offered.offered) {
        omitted.push({ configRule, palisadeRules: ids, reason: offered.reason });
        continue;
      }
    }
    entries.push(packRule(configRule, mirrors, options.today));
  }
  return {
    packs: split(entries).map((chunk, i) => ({ name: `palisade-${pack}-${i + 1}`, rules: chunk, body: render(chunk) })),
    omitted,
    withoutTwin: rules.filter((r) => !r.configRule).map((r) => r.id),
  };
}

function packRule(configRule: string, mirrors: readonly Rule[], today: string): PackRule {
  const info = MANAGED[configRule];
  const ours = [...new Set(mirrors.flatMap(resourceTypesOf))].filter((t) => t.startsWith('AWS::'));
  return {
    configRule,
    palisadeRules: mirrors.map((r) => r.id),
    // The managed rule's own types where AWS documents them; else the types our rules read.
    resourceTypes: (info?.resourceTypes.length ? info.resourceTypes : ours).slice(0, LIMITS.scopeResourceTypes),
    periodic: info?.periodic ?? false,
    inputParameters: inputParametersFor(configRule, today),
    description: describe(mirrors),
  };
}

/** Palisade rule ids and framework controls, within Config's 256 characters (controls go first if they do not fit). */
export function describe(mirrors: readonly Rule[]): string {
  const ids = `Palisade ${mirrors.map((r) => r.id).join(', ')}`;
  const union = <T extends string>(pick: (r: Rule) => readonly T[]) => [...new Set(mirrors.flatMap(pick))];
  const parts = [
    ['NCSC CSP', union((r) => r.controls.ncscCsp)],
    ['10 Steps', union((r) => r.controls.tenSteps)],
    ['Cyber Essentials', union((r) => r.controls.cyberEssentials)],
    ['Internet First', union((r) => r.controls.internetFirst)],
  ]
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => `${name} ${(list as string[]).join(', ')}`);
  const full = `${ids}. ${parts.join('; ')}`;
  if (full.length <= LIMITS.descriptionChars) return full;
  const short = `${ids}. Controls: palisade rules --format json`;
  return short.length <= LIMITS.descriptionChars ? short : `${ids.slice(0, LIMITS.descriptionChars - 1)}…`;
}

/**
 * Greedy split: a pack closes when one more rule would pass the rule count or the
 * TemplateBody size. Each rule is rendered once; a body is `Resources:` plus its rules.
 */
function split(entries: readonly PackRule[]): PackRule[][] {
  const header = bytes('Resources:\n');
  const packs: PackRule[][] = [];
  let current: PackRule[] = [];
  let size = header;
  for (const e of entries) {
    const own = bytes(render([e])) - header;
    if (current.length > 0 && (current.length + 1 > LIMITS.rulesPerPack || size + own > LIMITS.templateBodyBytes)) {
      packs.push(current);
      current = [];
      size = header;
    }
    current.push(e);
    size += own;
  }
  if (current.length > 0) packs.push(current);
  return packs;
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The TemplateBody: AWS::Config::ConfigRule resources only, as conformance packs allow. */
export function render(rules: readonly PackRule[]): string {
  const resources: Record<string, unknown> = {};
  for (const r of rules) {
    resources[logicalId(r.configRule)] = {
      Type: 'AWS::Config::ConfigRule',
      Properties: {
        ConfigRuleName: ruleName(r.configRule),
        Description: r.description,
        Source: { Owner: 'AWS', SourceIdentifier: r.configRule },
        // Periodic managed rules evaluate the account, not resources of a type (AWS's own packs leave Scope out).
        ...(r.periodic || r.resourceTypes.length === 0 ? {} : { Scope: { ComplianceResourceTypes: r.resourceTypes } }),
        ...(r.inputParameters ? { InputParameters: r.inputParameters } : {}),
      },
    };
  }
  return stringify({ Resources: resources }, { lineWidth: 0 });
}

/** CW_LOGGROUP_RETENTION_PERIOD_CHECK -> CwLoggroupRetentionPeriodCheck, as AWS's packs name them. */
export function logicalId(configRule: string): string {
  return configRule
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function ruleName(configRule: string): string {
  return configRule.toLowerCase().replace(/_/g, '-');
}
