import { createRequire } from 'module';
import { isAbsolute, join, resolve } from 'path';
import { CYBER_ESSENTIALS, INTERNET_FIRST, NCSC_CSP, TEN_STEPS } from '../../rules/frameworks';
import { Rule } from '../engine/rule';
import { InputError } from '../errors';

const VOCABULARIES: Record<string, Record<string, string>> = {
  ncscCsp: NCSC_CSP,
  tenSteps: TEN_STEPS,
  cyberEssentials: CYBER_ESSENTIALS,
  internetFirst: INTERNET_FIRST,
};

/**
 * Loads a team's rules from compiled CommonJS modules (`--rules MODULE`, or
 * `rules:` in palisade.config.yaml), each exporting `rules` (or a default
 * export) as a list of rules written with `defineRule`. Every rule is held to
 * the catalogue's standard; each problem is one line naming the module.
 */
export function loadRuleModules(specs: readonly string[], cwd: string, catalogue: readonly Rule[]): Rule[] {
  const load = createRequire(join(cwd, 'palisade.config.yaml'));
  const taken = new Map(catalogue.map((r) => [r.id, 'the catalogue']));
  const loaded: Rule[] = [];
  const problems: string[] = [];
  for (const spec of specs) {
    // A path the user typed is relative to the working directory; a bare name is a package.
    const request = isAbsolute(spec) || spec.startsWith('.') ? resolve(cwd, spec) : spec;
    let exported: unknown;
    try {
      exported = load(request);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why =
        err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(request)
          ? 'module not found'
          : err.code === 'ERR_REQUIRE_ESM'
            ? 'is an ES module; compile it to CommonJS'
            : `failed to load: ${String(err.message).split('\n')[0]}`;
      problems.push(`--rules ${spec}: ${why}`);
      continue;
    }
    const ex = exported as { rules?: unknown; default?: unknown } | unknown[] | null;
    const list = Array.isArray(ex)
      ? ex
      : Array.isArray(ex?.rules)
        ? ex.rules
        : Array.isArray(ex?.default)
          ? ex.default
          : undefined;
    if (!list) {
      problems.push(`--rules ${spec}: exports no list of rules (export \`rules\`: an array of defineRule(...) results)`);
      continue;
    }
    list.forEach((rule, i) => {
      const found = ruleProblems(rule);
      const id = (rule as Partial<Rule>)?.id;
      const name = typeof id === 'string' ? `rule ${id}` : `rules[${i}]`;
      if (typeof id === 'string' && taken.has(id)) found.push(`id '${id}' is already used by ${taken.get(id)}`);
      for (const p of found) problems.push(`--rules ${spec}: ${name}: ${p}`);
      if (found.length === 0) {
        taken.set(id!, spec);
        loaded.push(rule as Rule);
      }
    });
  }
  if (problems.length) throw new InputError(problems.join('\n'));
  return loaded;
}

/** What keeps a rule out of a run: the catalogue's own standards (ids, metadata, control vocabularies, an adapter). */
export function ruleProblems(value: unknown): string[] {
  const rule = value as Partial<Rule> & Record<string, unknown>;
  if (!rule || typeof rule !== 'object') return ['is not a rule object (write it with defineRule)'];
  const problems: string[] = [];
  if (typeof rule.id !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(rule.id))
    problems.push(`id must be descriptive PascalCase letters and digits (e.g. TeamBucketsTagged), not '${String(rule.id)}'`);
  for (const field of ['title', 'description', 'remediation'] as const) {
    if (typeof rule[field] !== 'string' || !(rule[field] as string).trim()) problems.push(`${field} is required`);
  }
  if (rule.severity !== 'error' && rule.severity !== 'warning')
    problems.push(`severity must be error or warning, not '${String(rule.severity)}'`);
  if (rule.configRule !== undefined && (typeof rule.configRule !== 'string' || !/^[A-Z0-9_]+$/.test(rule.configRule)))
    problems.push(`configRule must be an AWS Config managed rule identifier in upper snake case`);
  if (typeof rule.evaluate !== 'function') problems.push('evaluate must be a function');

  const controls = rule.controls as unknown as Record<string, unknown> | undefined;
  if (!controls || typeof controls !== 'object') problems.push('controls are required');
  else {
    let mapped = 0;
    for (const [framework, ids] of Object.entries(controls)) {
      const vocabulary = VOCABULARIES[framework];
      if (!vocabulary) {
        problems.push(`controls: unknown framework '${framework}' (use ${Object.keys(VOCABULARIES).join(', ')})`);
        continue;
      }
      if (!Array.isArray(ids)) {
        problems.push(`controls.${framework} must be a list`);
        continue;
      }
      for (const id of ids) {
        if (!(String(id) in vocabulary)) problems.push(`controls.${framework}: unknown control '${String(id)}'`);
      }
      mapped += ids.length;
    }
    if (mapped === 0) problems.push('maps to no framework control');
  }

  const adapters = rule.adapters as unknown as Record<string, { resourceTypes?: unknown; facts?: unknown } | undefined>;
  if (!adapters || typeof adapters !== 'object') {
    problems.push('has no adapters (write it with defineRule, giving `template` and/or `configItem`)');
  } else {
    const present = Object.entries(adapters).filter(([, a]) => a !== undefined);
    if (present.length === 0) problems.push('has no adapter: give `template` and/or `configItem`');
    for (const [source, adapter] of present) {
      const types = adapter?.resourceTypes;
      if (!Array.isArray(types) || types.length === 0 || types.some((t) => typeof t !== 'string'))
        problems.push(`${source}.resourceTypes must be a non-empty list of resource types`);
      if (typeof adapter?.facts !== 'function') problems.push(`${source}.facts must be a function`);
    }
  }
  return problems;
}
