import { CATALOGUE } from '../../../rules/catalogue';
import { resourceTypesOf } from '../../engine/rule';
import { InputError } from '../../errors';
import { rulesMarkdown } from '../../report/rules-doc';
import { EXIT, IO } from '../io';

/** `palisade rules`: the catalogue with its framework mappings. */
export function listRules(options: { format: string }, io: IO): number {
  switch (options.format) {
    case 'json':
      io.out(JSON.stringify(CATALOGUE.map(describe), null, 2) + '\n');
      break;
    case 'markdown':
      io.out(rulesMarkdown(CATALOGUE) + '\n');
      break;
    case 'text':
      for (const r of CATALOGUE) io.out(`${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${r.title}\n`);
      io.out(`${CATALOGUE.length} rules\n`);
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
    resourceTypes: resourceTypesOf(r),
    controls: r.controls,
    configRule: r.configRule,
    remediation: r.remediation,
  };
}
