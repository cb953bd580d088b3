import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { CATALOGUE } from '../../rules/catalogue';
import { CaseResult, runGuardRegistry } from './guard-registry';

/** Disagreements we stand by, each with the reason we differ from the registry. */
interface Disagreement {
  file: string;
  name: string;
  rule: string;
  reason: string;
}
const KNOWN: Disagreement[] = parse(readFileSync(join(__dirname, 'guard-disagreements.yaml'), 'utf8'))?.disagreements ?? [];
const keyOf = (d: { file: string; name: string; rule?: string; guardRule?: string }) =>
  `${d.file}|${d.name}|${d.rule ?? d.guardRule}`;

describe('peer conformance: AWS Guard rules registry test cases', () => {
  const results = runGuardRegistry(CATALOGUE);
  const disagreeing = results.filter((r) => r.expected !== r.actual);
  const agreement = results.length ? (results.length - disagreeing.length) / results.length : 0;

  afterAll(() => {
    const byRule = new Map<string, CaseResult[]>();
    for (const r of results) byRule.set(r.configRule, [...(byRule.get(r.configRule) ?? []), r]);
    const lines = [...byRule]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, rs]) => `  ${rule.padEnd(52)} ${rs.filter((r) => r.expected === r.actual).length}/${rs.length}`);
    process.stdout.write(
      `\nGuard registry conformance: ${(agreement * 100).toFixed(1)}% agreement over ${results.length} cases, ${byRule.size} AWS Config rules\n${lines.join('\n')}\n`,
    );
  });

  it('covers a meaningful part of the registry', () => {
    expect(results.length).toBeGreaterThan(0);
  });

  it('agrees on at least 95% of the cases it can compare', () => {
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });

  it('lists every disagreement, with a reason, in guard-disagreements.yaml', () => {
    const known = new Set(KNOWN.filter((d) => d.reason?.trim()).map(keyOf));
    const unexplained = disagreeing.filter((r) => !known.has(keyOf(r)));
    expect(
      unexplained.map((r) => `${r.file} | ${r.name} | ${r.guardRule}: expected ${r.expected}, got ${r.actual} ${r.detail}`),
    ).toEqual([]);
  });

  it('lists no disagreement that no longer happens', () => {
    const current = new Set(disagreeing.map(keyOf));
    expect(KNOWN.filter((d) => !current.has(keyOf(d))).map(keyOf)).toEqual([]);
  });
});
