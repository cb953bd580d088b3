import { readdirSync } from 'fs';
import { basename, join } from 'path';
import { Rule } from '../../lib/engine/rule';
import { CATALOGUE } from '../../rules/catalogue';

const RULES_DIR = join(__dirname, '../../rules');

/** Every rule file: `rules/<service>/<RuleId>.ts` (helpers are lower-case). */
function ruleFiles(): string[] {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(RULES_DIR, d.name)).map((f) => join(RULES_DIR, d.name, f)))
    .filter((f) => /^[A-Z]\w*\.ts$/.test(basename(f)));
}

describe('the rule registry', () => {
  const files = ruleFiles();

  it.each(files.map((f) => [basename(f, '.ts'), f]))(
    '%s: one rule, export name, id and file name agree, registered',
    (name, file) => {
      const exported = Object.entries(require(file) as Record<string, unknown>).filter(
        ([, v]) =>
          v !== null && typeof v === 'object' && typeof (v as Rule).evaluate === 'function' && 'adapters' in (v as object),
      );
      expect(exported.map(([key, rule]) => [key, (rule as Rule).id])).toEqual([[name, name]]);
      expect(CATALOGUE).toContain(exported[0][1]);
    },
  );

  it('registers no rule that has no file of its own', () => {
    const names = new Set(files.map((f) => basename(f, '.ts')));
    expect(CATALOGUE.map((r) => r.id).filter((id) => !names.has(id))).toEqual([]);
  });
});
