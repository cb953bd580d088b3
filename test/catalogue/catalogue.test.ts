import { readFileSync } from 'fs';
import { join } from 'path';
import { ManagedRuleIdentifiers } from 'aws-cdk-lib/aws-config';
import { parse } from 'csv-parse/sync';
import { resourceTypesOf } from '../../lib/engine/rule';
import { rulesMarkdown } from '../../lib/report/rules-doc';
import { CATALOGUE, rulesOfPack } from '../../rules/catalogue';
import { CYBER_ESSENTIALS, INTERNET_FIRST, NCSC_CSP, NCSC_CSP_EVIDENCE_ONLY, TEN_STEPS } from '../../rules/frameworks';

const SHARED = join(__dirname, '../../../shared');

/** Every AWS Config managed-rule identifier AWS uses in its conformance packs, plus those the guard registry or we verified. */
function knownConfigRules(): Set<string> {
  const packs = parse(readFileSync(join(SHARED, 'corpus/config-conformance-packs/rules.csv')), { columns: true }) as {
    source_identifier: string;
  }[];
  const guard = parse(readFileSync(join(SHARED, 'corpus/guard-registry-tests/index.csv')), { columns: true }) as {
    config_rule_identifier: string;
  }[];
  const mapping = parse(readFileSync(join(SHARED, 'research/config-rule-mapping.csv')), { columns: true }) as {
    managed_rule_identifier: string;
  }[];
  // Identifiers checked by hand against AWS's Config developer guide, one row each with the page that shows it.
  const verified = parse(readFileSync(join(__dirname, 'verified-config-rules.csv')), { columns: true }) as {
    identifier: string;
  }[];
  // aws-cdk-lib's list of managed rule identifiers, current to its release.
  const cdk = Object.values(ManagedRuleIdentifiers as unknown as Record<string, string>);
  return new Set(
    [
      ...cdk,
      ...packs.map((r) => r.source_identifier),
      ...guard.map((r) => r.config_rule_identifier),
      ...mapping.map((r) => r.managed_rule_identifier),
      ...verified.map((r) => r.identifier),
    ].filter(Boolean),
  );
}

describe('the catalogue', () => {
  it('has at least 100 rules', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique, descriptive ids', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Za-z0-9]+$/);
  });

  it('gives every rule complete metadata', () => {
    for (const r of CATALOGUE) {
      expect({ id: r.id, ok: Boolean(r.title && r.description && r.remediation && resourceTypesOf(r).length) }).toEqual({
        id: r.id,
        ok: true,
      });
      expect(['error', 'warning']).toContain(r.severity);
    }
  });

  it('maps every rule to at least one framework control', () => {
    const unmapped = CATALOGUE.filter((r) => Object.values(r.controls).every((ids) => ids.length === 0)).map((r) => r.id);
    expect(unmapped).toEqual([]);
  });

  it('uses only the fixed control vocabularies', () => {
    const bad: string[] = [];
    for (const r of CATALOGUE) {
      for (const id of r.controls.ncscCsp) if (!(id in NCSC_CSP)) bad.push(`${r.id} ncscCsp ${id}`);
      for (const id of r.controls.tenSteps) if (!(id in TEN_STEPS)) bad.push(`${r.id} tenSteps ${id}`);
      for (const id of r.controls.cyberEssentials) if (!(id in CYBER_ESSENTIALS)) bad.push(`${r.id} cyberEssentials ${id}`);
      for (const id of r.controls.internetFirst) if (!(id in INTERNET_FIRST)) bad.push(`${r.id} internetFirst ${id}`);
    }
    expect(bad).toEqual([]);
  });

  it('names only AWS Config managed rules that exist, spelt as AWS spells them', () => {
    const known = knownConfigRules();
    const unknown = CATALOGUE.filter((r) => r.configRule && !known.has(r.configRule)).map((r) => `${r.id}: ${r.configRule}`);
    expect(unknown).toEqual([]);
  });

  it('covers every NCSC principle with a technical control, all of Cyber Essentials, 8 of the 10 Steps, IF-1 and IF-2', () => {
    const covers = (pick: (r: (typeof CATALOGUE)[number]) => readonly string[], id: string) =>
      CATALOGUE.some((r) => pick(r).some((c) => c === id || c.startsWith(id + '.')));
    const principles = Object.keys(NCSC_CSP).filter((id) => !id.includes('.') && !(id in NCSC_CSP_EVIDENCE_ONLY));
    expect(principles.filter((p) => !covers((r) => r.controls.ncscCsp, p))).toEqual([]);
    expect(Object.keys(CYBER_ESSENTIALS).filter((c) => !covers((r) => r.controls.cyberEssentials, c))).toEqual([]);
    expect(Object.keys(TEN_STEPS).filter((s) => covers((r) => r.controls.tenSteps, s)).length).toBeGreaterThanOrEqual(8);
    expect(['IF-1', 'IF-2'].filter((i) => !covers((r) => r.controls.internetFirst, i))).toEqual([]);
  });

  it('keeps RULES.md in step with the catalogue (regenerate with `npm run rules:doc`)', () => {
    const onDisk = readFileSync(join(__dirname, '../../RULES.md'), 'utf8');
    expect(onDisk.trim()).toEqual(rulesMarkdown(CATALOGUE).trim());
  });
});

describe('pack membership (pinned)', () => {
  const PINNED = JSON.parse(readFileSync(join(__dirname, 'pack-membership.json'), 'utf8')) as Record<string, string[]>;
  for (const pack of ['ncsc-csp', 'ten-steps', 'cyber-essentials', 'internet-first', 'all'] as const) {
    it(`${pack} holds exactly the pinned rules (update test/catalogue/pack-membership.json on purpose)`, () => {
      expect(
        rulesOfPack(pack)
          .map((r) => r.id)
          .sort(),
      ).toEqual([...PINNED[pack]].sort());
    });
  }
});
