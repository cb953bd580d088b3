/**
 * The pack on disk: OSCAL against NIST's own 1.2.1 schema, the manifest and its
 * signatures, --since, and all-or-nothing writing.
 */
import { generateKeyPairSync } from 'crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { verifyPack } from '../../lib/evidence/manifest';
import { uuid5 } from '../../lib/evidence/oscal';
import { writeEvidencePack } from '../../lib/evidence/pack';
import { CATALOGUE } from '../../rules/catalogue';
import { NOW, runtimeReport, synthReport, writeReports } from './sample';

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../../shared/corpus/oscal/oscal_assessment-results_schema.json'), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function pack(reports: Record<string, unknown>, extra: Partial<Parameters<typeof writeEvidencePack>[0]> = {}, now = NOW) {
  const { dir, files } = writeReports(reports);
  dirs.push(dir);
  const written = writeEvidencePack(
    { findings: files, output: join(dir, 'pack'), ...extra },
    { cwd: dir, now, version: '0.1.0', rules: CATALOGUE },
  );
  return { dir, out: written.dir, written };
}

describe('OSCAL assessment results', () => {
  it('validate against NIST’s OSCAL 1.2.1 schema, synth and runtime together', () => {
    const { out } = pack({ 'synth.json': synthReport(), 'scan.json': runtimeReport() });
    const doc = JSON.parse(readFileSync(join(out, 'assessment-results.json'), 'utf8'));
    expect(validate(doc) || validate.errors).toBe(true);
    const result = doc['assessment-results'].results[0];
    expect(result.observations.length).toBeGreaterThan(100);
    const states = new Set(result.findings.map((f: { target: { status: { state: string } } }) => f.target.status.state));
    expect([...states].sort()).toEqual(['not-satisfied']); // the gap leaves nothing satisfied
    expect(doc['assessment-results']['back-matter'].resources[0].rlinks[0].hashes[0].algorithm).toBe('SHA-256');
  });

  it('validate with satisfied findings and attestations too, and the validator does refuse what OSCAL refuses', () => {
    const report = synthReport();
    const passing = { ...report, results: (report.results as { status: string }[]).filter((r) => r.status === 'COMPLIANT') };
    const { dir, files } = writeReports({
      'evidence.yaml':
        'attestations:\n  - control: IF-3\n    statement: DPIA-7 signed off by the DPO before go-live.\n    owner: Data Protection Officer\n    date: 2026-09-01\n    link: DPIA 7 (SharePoint)\n',
    });
    dirs.push(dir);
    const { out } = pack({ 'synth.json': passing }, { attestations: files[0] });
    const doc = JSON.parse(readFileSync(join(out, 'assessment-results.json'), 'utf8'));
    expect(validate(doc) || validate.errors).toBe(true);
    const findings = doc['assessment-results'].results[0].findings;
    expect(findings.some((f: { target: { status: { state: string } } }) => f.target.status.state === 'satisfied')).toBe(true);
    findings[0].target.status.state = 'partially-satisfied';
    expect(validate(doc)).toBe(false);
  });

  it('makes name-based version 5 UUIDs', () => {
    expect(uuid5('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid5('a')).toBe(uuid5('a'));
    // RFC 4122 appendix B example: DNS namespace, "www.example.com".
    expect(uuid5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('manifest and signature', () => {
  it('lists every file with its SHA-256 and verifies; an edit names the file', () => {
    const { out, written } = pack({ 'synth.json': synthReport() });
    expect(written.files.map((f) => f.path)).toEqual(['assessment-results.json', 'index.html', 'manifest.json', 'results.csv']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['assessment-results.json', 'index.html', 'results.csv']);
    expect(verifyPack(out)).toMatchObject({ ok: true, files: 3, signed: false });
    appendFileSync(join(out, 'results.csv'), 'forged,row\r\n');
    expect(verifyPack(out)).toEqual({ ok: false, problem: 'results.csv: SHA-256 differs from the manifest' });
  });

  it('fails on a file the manifest does not list', () => {
    const { out } = pack({ 'synth.json': synthReport() });
    writeFileSync(join(out, 'extra.html'), 'x');
    expect(verifyPack(out)).toEqual({ ok: false, problem: 'extra.html: not listed in the manifest' });
  });

  it.each([
    ['Ed25519', () => generateKeyPairSync('ed25519')],
    ['ECDSA P-256', () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })],
  ])('signs with %s; verifies with the published key and refuses another key or an edited manifest', (_name, make) => {
    const { privateKey, publicKey } = make();
    const other = make().publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const { dir, files } = writeReports({ 'key.pem': privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    dirs.push(dir);
    const { out } = pack({ 'synth.json': synthReport() }, { sign: files[0] });
    expect(readdirSync(out).sort()).toEqual([
      'assessment-results.json',
      'index.html',
      'manifest.json',
      'manifest.pub.pem',
      'manifest.sig',
      'results.csv',
    ]);
    const published = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyPack(out, published)).toMatchObject({ ok: true, signed: true, keyFromPack: false });
    expect(verifyPack(out, other)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^manifest\.sig: the signature does not match/),
    });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify({ ...manifest, generatedAt: '2020-01-01T00:00:00Z' }, null, 2) + '\n',
    );
    expect(verifyPack(out, published)).toMatchObject({ ok: false, problem: expect.stringMatching(/^manifest\.sig/) });
  });

  it('refuses an RSA key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const { dir, files } = writeReports({ 'rsa.pem': privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    dirs.push(dir);
    expect(() => pack({ 'synth.json': synthReport() }, { sign: files[0] })).toThrow(
      /rsa\.pem: --sign: a rsa key; use an Ed25519 or ECDSA key/,
    );
  });
});

describe('--since', () => {
  it('lists results newly failing and resolved, and controls newly met, against a verified previous pack', () => {
    const report = synthReport();
    const results = report.results as { status: string; ruleId: string }[];
    const before = pack({ 'synth.json': report });
    // Now: every failure fixed but one, and one pass turned into a failure.
    const keep = results.findIndex((r) => r.status === 'NON_COMPLIANT');
    const flip = results.findIndex((r) => r.status === 'COMPLIANT');
    const now = results.map((r, i) =>
      i === flip
        ? { ...r, status: 'NON_COMPLIANT' }
        : i !== keep && r.status === 'NON_COMPLIANT'
          ? { ...r, status: 'COMPLIANT' }
          : r,
    );
    const after = pack({ 'synth.json': { ...report, results: now } }, { since: before.out });
    const html = readFileSync(join(after.out, 'index.html'), 'utf8');
    expect(html).toContain('Changes since the previous pack');
    const failing = Number(/Newly failing \((\d+)\)/.exec(html)![1]);
    const resolved = Number(/Resolved \((\d+)\)/.exec(html)![1]);
    expect(failing).toBe(1);
    expect(resolved).toBe(
      results.filter((r, i) => r.status === 'NON_COMPLIANT' && i !== keep && !(r as { suppression?: unknown }).suppression)
        .length,
    );

    appendFileSync(join(before.out, 'index.html'), '<!-- edited -->');
    expect(() => pack({ 'synth.json': report }, { since: before.out })).toThrow(
      /--since: the previous pack does not verify: index\.html: SHA-256 differs/,
    );
  });
});

describe('all or nothing', () => {
  it('leaves no partial pack and keeps the previous one when an input is bad', () => {
    const { dir, files } = writeReports({ 'good.json': synthReport(), 'bad.json': '{"results": [' });
    dirs.push(dir);
    const ctx = { cwd: dir, now: NOW, version: '0.1.0', rules: CATALOGUE };
    writeEvidencePack({ findings: [files[0]], output: 'pack' }, ctx);
    const before = readFileSync(join(dir, 'pack', 'manifest.json'), 'utf8');
    expect(() => writeEvidencePack({ findings: files, output: 'pack' }, ctx)).toThrow(/bad\.json: not valid JSON/);
    expect(readFileSync(join(dir, 'pack', 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('never writes into a directory that is not a pack', () => {
    const { dir, files } = writeReports({ 'good.json': synthReport() });
    dirs.push(dir);
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'home', 'notes.txt'), 'mine');
    expect(() =>
      writeEvidencePack({ findings: files, output: 'home' }, { cwd: dir, now: NOW, version: '0.1.0', rules: CATALOGUE }),
    ).toThrow(/^home: --output: exists and is not an evidence pack/);
    expect(existsSync(join(dir, 'home', 'notes.txt'))).toBe(true);
  });
});
