import { existsSync, mkdirSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { PACKS, PackId } from '../../../rules/frameworks';
import { ConformancePack, conformancePacks } from '../../conformance/pack';
import { InputError } from '../../errors';
import { EXIT, IO } from '../io';

export interface ConformancePackOptions {
  readonly pack: string;
  readonly region?: string;
  readonly output?: string;
}

/**
 * `palisade conformance-pack`: the AWS Config conformance pack(s) of managed
 * rules that a Palisade pack's rules mirror. YAML goes to stdout, to a file, or
 * (one file per pack) to a directory; what was left out goes to stderr.
 */
export function conformancePack(options: ConformancePackOptions, io: IO): number {
  if (!(options.pack in PACKS)) {
    throw new InputError(`--pack: unknown pack '${options.pack}' (use ${Object.keys(PACKS).join(', ')})`);
  }
  const today = io.now().toISOString().slice(0, 10);
  const result = conformancePacks(options.pack as PackId, { region: options.region, today });

  for (const o of result.omitted) {
    io.err(`palisade: left out ${o.configRule} (${o.palisadeRules.join(', ')}): ${o.reason}\n`);
  }
  if (result.packs.length === 0) throw new InputError(`--pack ${options.pack}: no managed rule left to deploy`);

  if (options.output === undefined) {
    io.out(result.packs.map((p) => `# ${p.name}\n${p.body}`).join('---\n'));
  } else {
    for (const [pack, file] of targets(result.packs, resolve(io.cwd, options.output), /[/\\]$/.test(options.output))) {
      writeFileSync(file, pack.body);
      io.err(`palisade: wrote ${pack.name} (${pack.rules.length} rules) to ${file}\n`);
    }
  }
  const rules = result.packs.reduce((n, p) => n + p.rules.length, 0);
  io.err(
    `palisade: ${rules} managed rules in ${result.packs.length} pack${result.packs.length === 1 ? '' : 's'}` +
      `${result.omitted.length ? `, ${result.omitted.length} left out` : ''}; ` +
      `${result.withoutTwin.length} Palisade rules have no managed twin\n`,
  );
  return EXIT.OK;
}

/** A directory (existing, or named with a trailing slash) gets <name>.yaml per pack; a file name is numbered when there are several. */
function targets(packs: readonly ConformancePack[], output: string, dirNamed: boolean): [ConformancePack, string][] {
  const isDir = dirNamed || (existsSync(output) && statSync(output).isDirectory());
  if (isDir) {
    mkdirSync(output, { recursive: true });
    return packs.map((p) => [p, join(output, `${p.name}.yaml`)]);
  }
  if (!existsSync(dirname(output))) throw new InputError(`--output ${output}: directory ${dirname(output)} does not exist`);
  if (packs.length === 1) return [[packs[0], output]];
  const ext = extname(output) || '.yaml';
  const stem = join(dirname(output), basename(output, extname(output)));
  return packs.map((p, i) => [p, `${stem}-${i + 1}${ext}`]);
}
