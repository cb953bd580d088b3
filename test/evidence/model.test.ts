/** How the pack decides control statuses, groups results and reads attestations: on real check results. */
import { defineRule, pass, resourceTypesOf } from '../../lib/engine/rule';
import { parseAttestations } from '../../lib/evidence/attestations';
import { buildEvidence } from '../../lib/evidence/build';
import { resolveControlId } from '../../lib/evidence/controls';
import { parseResultsCsv, resultsCsv } from '../../lib/evidence/csv';
import { stateOf } from '../../lib/evidence/exceptions';
import { EvidenceResult, parseFindings } from '../../lib/evidence/input';
import { ControlEvidence } from '../../lib/evidence/model';
import { evidenceOnlyPrinciples } from '../../lib/report/evidence-only';
import { rulesMarkdown } from '../../lib/report/rules-doc';
import { CATALOGUE } from '../../rules/catalogue';
import { NCSC_CSP } from '../../rules/frameworks';
import { NOW, runtimeReport, synthReport } from './sample';

const file = (name: string, report: unknown) => parseFindings(name, Buffer.from(JSON.stringify(report)));
const control = (controls: readonly ControlEvidence[], framework: string, id: string) =>
  controls.find((c) => c.def.framework === framework && c.def.id === id)!;

function evidenceOf(reports: Record<string, unknown>, yaml?: string) {
  const files = Object.entries(reports).map(([n, r]) => file(n, r));
  const attestations = yaml ? parseAttestations(yaml, 'evidence.yaml', '2026-12-01') : [];
  return buildEvidence(files, CATALOGUE, attestations, { version: '0.1.0', now: NOW });
}

describe('control status', () => {
  const ev = evidenceOf({ 'synth.json': synthReport() });

  it('lists every control of the four frameworks, Cyber Essentials first', () => {
    expect(ev.controls.slice(0, 5).map((c) => c.def.oscalId)).toEqual([
      'ce-firewalls',
      'ce-secure-configuration',
      'ce-security-update-management',
      'ce-user-access-control',
      'ce-malware-protection',
    ]);
    expect(ev.controls.filter((c) => c.def.framework === 'ncscCsp')).toHaveLength(Object.keys(NCSC_CSP).length);
    expect(ev.controls.filter((c) => c.def.framework === 'tenSteps')).toHaveLength(10);
    expect(ev.controls.filter((c) => c.def.framework === 'internetFirst')).toHaveLength(3);
    for (const c of ev.controls) expect(c.def.requirement).toMatch(/\w{3,}/);
  });

  it('is not met when an unexcepted result failed, and counts the expired exception as a failure', () => {
    const failing = ev.results.filter((r) => r.status === 'NON_COMPLIANT' && !r.suppression);
    expect(failing.length).toBeGreaterThan(0);
    const f = failing[0].controls.cyberEssentials[0] ?? failing[0].controls.tenSteps[0];
    const framework = failing[0].controls.cyberEssentials[0] ? 'cyberEssentials' : 'tenSteps';
    expect(control(ev.controls, framework, f).status).toBe('not met');
    const expired = ev.results.find((r) => r.expiredException)!;
    const anyControl = expired.controls.tenSteps[0];
    expect(control(ev.controls, 'tenSteps', anyControl).status).toBe('not met');
  });

  it('is not evaluated when no rule ran, and a principle takes its sub-principles’ results', () => {
    const none = ev.controls.filter((c) => c.status === 'not evaluated');
    expect(none.length).toBeGreaterThan(0);
    for (const c of none) expect(c.counts.passed + c.counts.failed + c.counts.review + c.counts.excepted).toBe(0);
    const sub = ev.controls.find((c) => c.def.parent && c.counts.passed > 0)!;
    const parent = control(ev.controls, 'ncscCsp', sub.def.parent!);
    expect(parent.counts.passed).toBeGreaterThanOrEqual(sub.counts.passed);
  });

  it('asks for an attestation for process requirements and shows it missing, then attested', () => {
    expect(control(ev.controls, 'internetFirst', 'IF-3').status).toMatch(/attestation missing|not met/);
    expect(control(ev.controls, 'ncscCsp', '6').status).toBe('attestation missing');
    const attested = evidenceOf(
      { 'synth.json': synthReport() },
      'attestations:\n  - control: ncscCsp:6\n    statement: All staff with production access are BPSS-screened and trained yearly.\n    owner: Head of People\n    date: 2026-10-01\n    link: https://intranet.example.org/screening\n',
    );
    const six = control(attested.controls, 'ncscCsp', '6');
    expect(six.status).toBe('attested');
    expect(six.attestations[0].owner).toBe('Head of People');
  });

  it('is needs review, never met, where a scan could not read a scope', () => {
    const report = synthReport();
    const passing = { ...report, results: (report.results as { status: string }[]).filter((r) => r.status === 'COMPLIANT') };
    const complete = evidenceOf({ 'synth.json': passing });
    const met = complete.controls.filter((c) => c.status === 'met');
    expect(met.length).toBeGreaterThan(0);
    const gap = { account: '111122223333', region: 'eu-west-2', resourceType: 'AWS::S3::Bucket', reason: 'AccessDenied' };
    const incomplete = evidenceOf({ 'synth.json': { ...passing, coverage: { complete: false, gaps: [gap] } } });
    expect(incomplete.scope.complete).toBe(false);
    for (const c of met) {
      const now = control(incomplete.controls, c.def.framework, c.def.id);
      const readsBuckets = CATALOGUE.some(
        (r) =>
          c.def &&
          (r.controls[c.def.framework] as readonly string[]).some((id) => id === c.def.id || id.startsWith(c.def.id + '.')) &&
          resourceTypesOf(r).includes('AWS::S3::Bucket'),
      );
      expect(now.status).toBe(readsBuckets ? 'needs review' : 'met');
    }
    expect(incomplete.controls.some((c) => c.status === 'needs review' && c.gaps.length === 1)).toBe(true);
    // A gap without a resource type hides everything: nothing stays met.
    const whole = evidenceOf({ 'synth.json': passing, 'scan.json': runtimeReport() });
    for (const c of whole.controls) expect(['met', 'attested']).not.toContain(c.status);
  });

  it('pairs synth-time and runtime results and calls out drift', () => {
    const both = evidenceOf({ 'synth.json': synthReport(), 'scan.json': runtimeReport() });
    expect(both.pairs.length).toBeGreaterThan(0);
    const drift = both.pairs.filter((p) => p.drift);
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ synth: 'COMPLIANT', runtime: 'NON_COMPLIANT' });
    expect(both.scope.accounts).toEqual(['111122223333']);
  });

  it('flags exceptions that expired or expire within 30 days', () => {
    expect(ev.exceptions.map((x) => x.state).sort()).toEqual(['expired', 'expiring']);
    expect(stateOf('2026-12-31', '2026-12-01')).toBe('expiring');
    expect(stateOf('2027-01-01', '2026-12-01')).toBe('current');
    expect(stateOf('2026-11-30', '2026-12-01')).toBe('expired');
    expect(stateOf(undefined, '2026-12-01')).toBe('no expiry');
  });

  it('lists internet-facing endpoints and admin identities for CE+', () => {
    expect(ev.cePlus.map((h) => h.id)).toEqual(['TC1', 'TC2', 'TC3', 'TC4', 'TC5']);
    const tc1 = ev.cePlus.find((h) => h.id === 'TC1')!;
    const endpoints = Object.fromEntries(tc1.rows.map((r) => [r.result.resource.logicalId, r.detail]));
    expect(endpoints).toEqual({
      PublicAlb: 'internet-facing Application Load Balancer',
      Nlb: 'load balancer whose scheme no check shows: confirm whether it is internet-facing',
      Cdn: 'CloudFront distribution',
    });
    const tc5 = ev.cePlus.find((h) => h.id === 'TC5')!;
    expect(tc5.rows.filter((r) => r.outcome === 'failed').map((r) => r.result.resource.logicalId)).toContain('AdminRole');
    const tc4 = ev.cePlus.find((h) => h.id === 'TC4')!;
    expect(tc4.attestation?.given).toEqual([]);
  });
});

describe('evidence-only principles', () => {
  it('are the principles no rule maps to, and RULES.md says the same', () => {
    const only = evidenceOnlyPrinciples(CATALOGUE);
    for (const id of only) expect(CATALOGUE.some((r) => r.controls.ncscCsp.some((c) => c.split('.')[0] === id))).toBe(false);
    const doc = rulesMarkdown(CATALOGUE);
    const listed = [...doc.matchAll(/\*\*NCSC principle (\d+)\*\*/g)].map((m) => m[1]);
    expect(listed).toEqual(only);
    const rule = defineRule({
      id: 'GovernanceDoc',
      title: 't',
      description: 'd',
      severity: 'warning',
      controls: { ncscCsp: ['6.1'] },
      remediation: 'r',
      evaluate: () => pass('ok'),
    });
    expect(evidenceOnlyPrinciples([...CATALOGUE, rule])).not.toContain('6');
  });
});

describe('bad input', () => {
  const report = synthReport();
  it.each([
    ['not JSON', '{"results": [', /^a\.json: not valid JSON/],
    ['not the contract', '{"hello": 1}', /^a\.json: not a Palisade findings report/],
    [
      'an unknown control id',
      JSON.stringify({ ...report, results: [{ ...(report.results as object[])[0], controls: { ncscCsp: ['15'] } }] }),
      /^a\.json: results\[0\]: controls\.ncscCsp: unknown control id '15'$/,
    ],
    [
      'an unknown status',
      JSON.stringify({ ...report, results: [{ ...(report.results as object[])[0], status: 'PASSED' }] }),
      /^a\.json: results\[0\]: status 'PASSED'/,
    ],
    [
      'coverage without gaps list shape',
      JSON.stringify({ ...report, coverage: { complete: 'yes' } }),
      /^a\.json: coverage: must be/,
    ],
  ])('fails on %s, in one line naming the file', (_what, text, message) => {
    expect(() => parseFindings('a.json', Buffer.from(text))).toThrow(message);
  });

  it.each([
    [
      'a missing owner',
      '  - control: IF-3\n    statement: done\n    date: 2026-01-01\n',
      /attestations\[0\] \(line 2\): owner: is required/,
    ],
    [
      'an unknown control',
      '  - control: IF-9\n    statement: s\n    owner: o\n    date: 2026-01-01\n',
      /control: unknown control 'IF-9'/,
    ],
    [
      'a bare number',
      '  - control: "4"\n    statement: s\n    owner: o\n    date: 2026-01-01\n',
      /bare number is ambiguous.*ncscCsp:4/,
    ],
    [
      'a date after the pack',
      '  - control: IF-3\n    statement: s\n    owner: o\n    date: 2027-01-01\n',
      /date: 2027-01-01 is after/,
    ],
    ['a date that is not one', '  - control: IF-3\n    statement: s\n    owner: o\n    date: 2026-02-30\n', /is not a date/],
    [
      'an unknown field',
      '  - control: IF-3\n    statement: s\n    owner: o\n    date: 2026-01-01\n    signed: yes\n',
      /signed: unknown field/,
    ],
  ])('refuses an attestation with %s', (_what, entry, message) => {
    expect(() => parseAttestations(`attestations:\n${entry}`, 'evidence.yaml', '2026-12-01')).toThrow(message);
  });

  it('resolves bare ids that one framework owns, and prefixed ones', () => {
    expect(resolveControlId('IF-3')).toEqual({ key: 'internetFirst:IF-3' });
    expect(resolveControlId('engagement-and-training')).toEqual({ key: 'tenSteps:engagement-and-training' });
    expect(resolveControlId('ncscCsp:13.1')).toEqual({ key: 'ncscCsp:13.1' });
    expect(resolveControlId('ncscCsp:15')).toHaveProperty('problem');
  });
});

describe('results.csv', () => {
  it('has one row per evaluation, reads back, and defuses formulas', () => {
    const results = file('a.json', synthReport()).results as EvidenceResult[];
    const tricky = { ...results[0], message: '=HYPERLINK("http://x","click"), "quoted"\nnext line' };
    const rows = parseResultsCsv(resultsCsv([...results, tricky]));
    expect(rows).toHaveLength(results.length + 1);
    expect(rows[0].rule_id).toBe(results[0].ruleId);
    expect(rows[rows.length - 1].message).toBe(`'${tricky.message}`);
    expect(rows.some((r) => r.exception_expires === '2026-12-20' && r.excepted === 'yes')).toBe(true);
    expect(rows.some((r) => r.expired_exception === 'yes' && r.status === 'NON_COMPLIANT')).toBe(true);
  });
});
