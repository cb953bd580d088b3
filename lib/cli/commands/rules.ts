import { CATALOGUE, rulesOfPack } from '../../../rules/catalogue';
import { PACKS, PackId } from '../../../rules/frameworks';
import { resourceTypesOf } from '../../engine/rule';
import { InputError } from '../../errors';
import { rulesMarkdown, sourcesOf } from '../../report/rules-doc';
import { EXIT, IO } from '../io';

/** `palisade rules`: the catalogue with its framework mappings. */
export function listRules(options: { format: string; pack?: string }, io: IO): number {
  if (options.pack !== undefined && !(options.pack in PACKS))
    throw new InputError(`--pack: unknown pack '${options.pack}' (use ${Object.keys(PACKS).join(', ')})`);
  const rules = options.pack === undefined ? CATALOGUE : rulesOfPack(options.pack as PackId);
  switch (options.format) {
    case 'json':
      io.out(JSON.stringify(rules.map(describe), null, 2) + '\n');
      break;
    case 'markdown':
      io.out(rulesMarkdown(rules) + '\n');
      break;
    case 'text':
      for (const r of rules)
        io.out(`${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${sourcesOf(r).join(',').padEnd(20)} ${r.title}\n`);
      io.out(`${rules.length} rules${options.pack === undefined ? '' : ` in the pack ${options.pack}`}\n`);
      break;
    default:
      throw new InputError(`--format: unknown format '${options.format}' (use text, json, markdown)`);
  }
  return EXIT.OK;
}

function describe(r: (typeof CATALOGUE)[number]) {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    severity: r.severity,
    sources: sourcesOf(r),
    resourceTypes: resourceTypesOf(r),
    controls: r.controls,
    configRule: r.configRule,
    remediation: r.remediation,
  };
}
