import { IO } from '../cli/io';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';
import { readInput } from '../run/input-files';
import { COMPLETE } from '../run/report';
import { evaluateTemplates, TemplateSourceOptions } from '../run/templates';
import { ClientOptions } from '../sources/config';
import { DeclaredStacks, recordedType } from './declared';
import { Deployed, readDeployed } from './deployed';
import { intentDrift } from './intent';
import { Matching, matchItems } from './matching';
import { absentResources, CONFIG_TYPES, missingDrift } from './missing';
import { Drift, DriftReport, DriftStats } from './model';
import { matchByReferences } from './references';
import { openSource, SourceOptions } from './source';
import { attachFindings, comparableRules, recordingFacts } from './template-facts';
import { unclaimedItems, unmanagedDrift, untaggedItems } from './unmanaged';
import { UntaggedCounts } from './untagged';
import { parseResults, verdictDrift } from './verdict';

export interface DriftOptions extends SourceOptions, Omit<TemplateSourceOptions, 'account' | 'region'> {
  readonly templates?: readonly string[];
  /** Two reports, OLD and NEW. */
  readonly since?: readonly string[];
  readonly allowUnmanaged?: readonly string[];
}

/** A drift run's findings, and the files it read (which no report may overwrite). */
export interface DriftRun {
  readonly report: DriftReport;
  readonly readFiles: readonly string[];
}

/**
 * `drift --since OLD NEW` compares two reports; otherwise the templates are
 * evaluated (recording each comparable rule's facts), the deployed side is read
 * to the end, and intent, unmanaged and missing drift are worked out from the
 * one matching of items to declared resources (by tags and names, then untagged
 * items by what they refer to). Nothing is ever written to AWS:
 * the sources only describe, list, get and select.
 */
export async function runDrift(
  options: DriftOptions,
  rules: readonly Rule[],
  io: IO,
  clientConfig?: ClientOptions['clientConfig'],
): Promise<DriftRun> {
  if (options.since) return sinceReports(options);
  if (!options.templates?.length)
    throw new InputError(
      'drift: name the approved side with --templates (cdk.out, template files or directories), or compare two reports with --since OLD NEW',
    );
  const comparable = comparableRules(rules);
  const recording = recordingFacts(comparable);
  const evaluated = evaluateTemplates(
    options.templates,
    recording.rules,
    { parameterDefaults: options.parameterDefaults, skipInvalid: options.skipInvalid },
    io,
  );
  const templates = evaluated.templates ?? [];
  attachFindings(recording.sides, evaluated.findings, templates);
  const declared = new DeclaredStacks(templates);

  const types = new Set(comparable.flatMap((r) => r.adapters.configItem!.resourceTypes));
  for (const r of declared.resources) {
    const type = recordedType(r.raw.Type);
    if (type !== undefined && CONFIG_TYPES.has(type)) types.add(type);
  }
  const deployed = await readDeployed(openSource(options, [...types].sort(), clientConfig));

  const matching = matchByReferences(matchItems(deployed.items, declared), declared);
  const intent = intentDrift(comparable, matching.matched, recording.sides, deployed.scopes);
  const placement = placementDrift(declared, deployed, matching, options.allowUnmanaged ?? []);
  return {
    report: {
      drift: [...intent.drift, ...placement.missing, ...placement.unmanaged],
      stats: {
        items: deployed.items.length,
        merged: deployed.merged,
        matched: matching.matched.size,
        compared: intent.compared,
        notComparable: intent.notComparable,
        ...placement.stats,
        nested: matching.nested,
      },
      coverage: { complete: deployed.coverage.complete, gaps: deployed.coverage.gaps },
      comparedRules: comparable.map((r) => r.id),
      inputs: evaluated.inputs,
    },
    readFiles: [...(evaluated.readFiles ?? []), ...(options.snapshot ?? [])],
  };
}

/**
 * Missing and unmanaged drift, from the one matching: declared resources not
 * found and untagged items are counted against each other (UntaggedCounts)
 * before either side is reported.
 */
export function placementDrift(
  declared: DeclaredStacks,
  deployed: Pick<Deployed, 'items' | 'scopes'>,
  matching: Matching,
  allowUnmanaged: readonly string[],
): {
  missing: Drift[];
  unmanaged: Drift[];
  stats: Pick<DriftStats, 'awsDefaults' | 'allowListed' | 'notAttributable' | 'notLookedFor'>;
} {
  const unclaimed = unclaimedItems(matching.unclaimed, deployed.scopes, allowUnmanaged);
  const absent = absentResources(declared, deployed.items, matching.matched, deployed.scopes);
  const untagged = new UntaggedCounts(absent.absent, untaggedItems(unclaimed));
  const missing = missingDrift(absent, untagged);
  return {
    missing: missing.drift,
    unmanaged: unmanagedDrift(unclaimed, untagged),
    stats: {
      awsDefaults: unclaimed.awsDefaults,
      allowListed: unclaimed.allowListed,
      notAttributable: untagged.notAttributable,
      notLookedFor: missing.notLookedFor,
    },
  };
}

function sinceReports(options: DriftOptions): DriftRun {
  const files = options.since!;
  if (files.length !== 2) throw new InputError(`--since: name two reports, OLD.json NEW.json (got ${files.length})`);
  if (options.templates?.length || options.snapshot?.length || options.region?.length || options.aggregator)
    throw new InputError('--since compares two reports on its own; leave out --templates and the Config source');
  const [before, after] = files.map((f) => parseResults(readInput(f, 'baseline'), f));
  return {
    report: {
      drift: verdictDrift(before, after),
      stats: {},
      coverage: COMPLETE,
      comparedRules: [],
      inputs: files.map((path) => ({ path })),
    },
    readFiles: files,
  };
}
