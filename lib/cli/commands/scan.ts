import { CATALOGUE } from '../../../rules/catalogue';
import { ConfigItem } from '../../engine/config-item';
import { Rule } from '../../engine/rule';
import { ConfigSourceOptions, evaluateConfigSource, planSource } from '../../run/config-source';
import { Evaluated, finishRun } from '../../run/finish';
import { prepareRun, RunOptions } from '../../run/prepare';
import { acknowledgeFromTemplates } from '../../run/template-acknowledgements';
import { LoadedTemplates, loadTemplates } from '../../run/templates';
import { IO } from '../io';

export type ScanOptions = RunOptions &
  ConfigSourceOptions & {
    /** Templates or cloud assemblies whose acknowledgements suppress the results on the items they declare. */
    readonly templates?: string[];
  };

/**
 * `palisade scan`: the run pipeline on AWS Config, from snapshot files, one
 * account's regions, or an organisation's aggregator. Returns 0, 1 (a result
 * at or above --fail-on) or 4 (something could not be read), or throws an
 * InputError (2); flags are checked, and --templates read, before anything
 * is read from AWS Config.
 */
export async function scan(options: ScanOptions, io: IO, catalogue: readonly Rule[] = CATALOGUE): Promise<number> {
  const plan = prepareRun(options, io, catalogue);
  planSource(options);
  const templates = options.templates?.length ? loadTemplates(options.templates, {}, io) : undefined;
  // The SDK warns on every run that a future release will drop this Node version; the pinned client works, so
  // the warning says nothing a user can act on. This is the switch the SDK reads for it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const items: ConfigItem[] = [];
  const evaluated = await evaluateConfigSource(options, plan.rules, io, templates && ((item) => items.push(item)));
  return finishRun(plan, templates ? acknowledged(evaluated, items, templates) : evaluated, io);
}

/** The results, with those the templates acknowledge on their declared resources suppressed; the templates are inputs too. */
function acknowledged(evaluated: Evaluated, items: readonly ConfigItem[], templates: LoadedTemplates): Evaluated {
  const { matched, suppressed } = acknowledgeFromTemplates(evaluated.findings, items, templates.templates);
  return {
    ...evaluated,
    inputs: [...evaluated.inputs, ...templates.inputs],
    readFiles: [...(evaluated.readFiles ?? []), ...templates.readFiles],
    notes: [
      ...(evaluated.notes ?? []),
      ...templates.notes,
      `--templates: ${matched} item(s) matched a declared resource; ${suppressed} result(s) suppressed by acknowledgements in the templates`,
    ],
  };
}
