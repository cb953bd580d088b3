import { listRules } from '../../lib/cli/commands/rules';
import { IO } from '../../lib/cli/io';
import { rulesMarkdown } from '../../lib/report/rules-doc';
import { CATALOGUE } from '../../rules/catalogue';

function capture(format: string): string {
  let out = '';
  const io: IO = { out: (t) => (out += t), err: () => undefined, interactive: false, cwd: process.cwd(), now: () => new Date() };
  expect(listRules({ format }, io)).toBe(0);
  return out;
}

describe('palisade rules names the sources each rule reads', () => {
  it('json: sources are exactly the adapters the rule has', () => {
    const listed = JSON.parse(capture('json')) as { id: string; sources: string[] }[];
    for (const r of CATALOGUE) {
      const expected = [...(r.adapters.template ? ['template'] : []), ...(r.adapters.configItem ? ['configItem'] : [])];
      expect([r.id, listed.find((l) => l.id === r.id)?.sources]).toEqual([r.id, expected]);
    }
    expect(listed.find((l) => l.id === 'IamNoAdminAccess')?.sources).toEqual(['template', 'configItem']);
    expect(listed.find((l) => l.id === 'StackDpiaReferenced')?.sources).toEqual(['template']);
  });

  it('text and markdown show them too', () => {
    expect(capture('text')).toMatch(/^IamNoAdminAccess\s+error\s+template,configItem\s+No policy/m);
    expect(rulesMarkdown(CATALOGUE)).toMatch(/\| \*\*IamNoAdminAccess\*\*<br>[^|]+\| error \| template<br>configItem \|/);
  });
});
