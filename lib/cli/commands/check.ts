import { writeFileSync } from 'fs';
import { readFileSync } from 'fs';
import { evaluate } from '../../engine/evaluate';
import { Finding } from '../../engine/model';
import { InputError } from '../../errors';
import { findingsReport, sha256 } from '../../report/json';
import { textReport } from '../../report/text';
import { discoverTemplates } from '../../sources/template/discover';
import { CATALOGUE, rulesOfPack } from '../../../rules/catalogue';
import { PACKS, PackId } from '../../../rules/frameworks';
import { EXIT, IO } from '../io';
import { VERSION } from '../version';

export interface CheckOptions {
  readonly format: string;
  readonly output?: string;
  readonly pack: string;
  readonly all?: boolean;
  readonly parameterDefaults?: boolean;
}

const FORMATS = ['text', 'json'];

/** `palisade check <paths…>`: evaluate templates and cloud assemblies; exit 1 on error-severity findings. */
export function check(paths: string[], options: CheckOptions, io: IO): number {
  if (!FORMATS.includes(options.format)) throw new InputError(`--format: unknown format '${options.format}' (use ${FORMATS.join(', ')})`);
  if (!(options.pack in PACKS)) throw new InputError(`--pack: unknown pack '${options.pack}' (use ${Object.keys(PACKS).join(', ')})`);
  if (paths.length === 0) throw new InputError('check: name at least one template, directory or cdk.out');

  const { templates, skipped, problems } = discoverTemplates(paths);
  const rules = rulesOfPack(options.pack as PackId, CATALOGUE);
  const findings = evaluate(rules, templates, { parameterDefaults: options.parameterDefaults });

  const inputs = templates.map((t) => ({ path: t.file, sha256: sha256(readFileSync(t.file)) }));
  const body =
    options.format === 'json'
      ? JSON.stringify(findingsReport(findings, inputs, VERSION, io.now()), null, 2) + '\n'
      : textReport(findings, { colour: io.interactive && !options.output, all: options.all });
  if (options.output) writeFileSync(options.output, body);
  else io.out(body);

  if (skipped.length) io.err(`palisade: passed over ${skipped.length} file(s) that are not CloudFormation templates\n`);
  for (const p of problems) io.err(`palisade: ${p}\n`);
  if (problems.length) return EXIT.USAGE;
  return gate(findings);
}

function gate(findings: readonly Finding[]): number {
  return findings.some((f) => !f.suppression && f.status === 'NON_COMPLIANT' && f.severity === 'error') ? EXIT.FINDINGS : EXIT.OK;
}
