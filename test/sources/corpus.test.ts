import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { evaluate } from '../../lib/engine/evaluate';
import { InputError } from '../../lib/errors';
import { parseTemplate } from '../../lib/sources/template/parse';
import { CATALOGUE } from '../../rules/catalogue';

const CORPUS = join(__dirname, '../../../shared/corpus/cfn-templates');

/** Corpus files we refuse, and why: each refusal must be a one-line error, never a crash. */
const REFUSED: Record<string, RegExp> = {
  // Input for the ShortHand macro, not a deployable template.
  'aws/services/CloudFormation/MacrosExamples/ShortHand/example.template': /Resources is a list/,
  // A multi-line quoted scalar whose continuation is not indented past its key: invalid YAML 1.2,
  // though lenient YAML 1.1 parsers accept it.
  'aws/services/CloudFormation/FindInMap_Inside_Sub.yaml': /not valid YAML: .*quote/,
};

describe('robustness on 187 real CloudFormation templates', () => {
  const index = parse(readFileSync(join(CORPUS, 'index.csv')), { columns: true }) as { path: string; resource_count: string }[];

  it('indexes the whole corpus', () => {
    expect(index.length).toBe(187);
  });

  it('checks every template without a crash, refusing only the known-bad ones with one line', () => {
    const refused: Record<string, string> = {};
    let results = 0;
    for (const row of index) {
      const file = join(CORPUS, row.path);
      try {
        const template = parseTemplate(readFileSync(file, 'utf8'), file);
        const findings = evaluate(CATALOGUE, [template]);
        results += findings.length;
        for (const f of findings)
          expect(['COMPLIANT', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'NOT_APPLICABLE']).toContain(f.status);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as Error).message.split('\n')).toHaveLength(1);
        refused[row.path] = (e as Error).message;
      }
    }
    expect(Object.keys(refused).sort()).toEqual(Object.keys(REFUSED).sort());
    for (const [path, pattern] of Object.entries(REFUSED)) expect(refused[path]).toMatch(pattern);
    expect(results).toBeGreaterThan(0);
  });

  it('gives the same findings on a second run', () => {
    const file = join(CORPUS, index.find((r) => Number(r.resource_count) > 10)!.path);
    const run = () => evaluate(CATALOGUE, [parseTemplate(readFileSync(file, 'utf8'), file)]);
    expect(run()).toEqual(run());
  });
});
