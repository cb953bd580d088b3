/**
 * The pack as a person sees it, in Debian's Chromium driven by playwright-core:
 * opened from the file system with every non-file request failed, the five
 * Cyber Essentials sections and the scope on screen, no console error, printed
 * to PDF (by the CLI's own --pdf too), and no serious or critical axe-core
 * violation. A screenshot of the first page is kept in test-artefacts/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { BrowserContext, chromium } from 'playwright-core';
import { writeEvidencePack } from '../../lib/evidence/pack';
import { sha256 } from '../../lib/report/json';
import { CATALOGUE } from '../../rules/catalogue';
import { NOW, runtimeReport, synthReport, writeReports } from './sample';

const CHROMIUM = '/usr/bin/chromium';
const ARTEFACTS = join(__dirname, '../../test-artefacts');

let context: BrowserContext;
let profile: string;
let dir: string;
let out: string;
let synthSha: string;

beforeAll(async () => {
  const written = writeReports({
    'synth.json': synthReport(),
    'scan.json': runtimeReport(),
    'evidence.yaml':
      'attestations:\n  - control: IF-3\n    statement: DPIA-7 was signed off by the DPO before go-live.\n    owner: Data Protection Officer\n    date: 2026-09-01\n    link: https://intranet.example.org/dpia/7\n',
  });
  dir = written.dir;
  synthSha = sha256(readFileSync(written.files[0]));
  out = writeEvidencePack(
    { findings: written.files.slice(0, 2), output: join(dir, 'pack'), attestations: written.files[2], pdf: true },
    { cwd: dir, now: NOW, version: '0.1.0', rules: CATALOGUE },
  ).dir;
  // A fresh profile per run: nothing cached, nothing signed in, no first-run services.
  profile = mkdtempSync(join(tmpdir(), 'palisade-test-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

it('renders offline with the Cyber Essentials sections and the scope, and passes axe', async () => {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  for (const name of [
    'Firewalls',
    'Secure configuration',
    'Security update management',
    'User access control',
    'Malware protection',
  ]) {
    await expect(page.locator('.tiles').getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`^Cyber Essentials \\S+ ${name}`) }).count(),
    ).resolves.toBe(1);
  }
  await expect(page.getByRole('heading', { name: 'Scope', exact: true }).isVisible()).resolves.toBe(true);
  const scope = await page.locator('#scope').innerText();
  expect(scope).toContain('111122223333');
  expect(scope).toMatch(/incomplete/);
  expect(scope).toContain(synthSha);

  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, 'evidence-first-page.png') });

  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  // Violations only: the list of passes is what makes axe slow on a long page.
  type Axe = { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
  // The page's global, named through globalThis: the tests compile without the DOM library.
  const axe = await page.evaluate(() => (globalThis as unknown as { axe: Axe }).axe.run({ resultTypes: ['violations'] }));
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
  expect(serious).toEqual([]);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  await page.close();
}, 120_000);

it('prints index.pdf with --pdf, listed in the manifest', () => {
  const pdf = readFileSync(join(out, 'index.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest.files.map((f: { path: string }) => f.path)).toContain('index.pdf');
  // Printed, the first page is the Cyber Essentials summary and the scope; the detail follows on later pages.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThan(3);
});
