import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { InputError } from '../errors';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to print with: PALISADE_CHROMIUM, else the usual system paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PALISADE_CHROMIUM) return existsSync(env.PALISADE_CHROMIUM) ? env.PALISADE_CHROMIUM : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Prints the HTML to PDF with headless Chromium, offline: a fresh profile, and
 * every background service that would reach a network switched off. The page is
 * our own static HTML without script, so the sandbox (unavailable to root in
 * containers) is not needed to contain it.
 */
export function printPdf(htmlFile: string, pdfFile: string, env: NodeJS.ProcessEnv = process.env): void {
  const chromium = findChromium(env);
  if (!chromium)
    throw new InputError('--pdf: no Chromium found (install the chromium package, or set PALISADE_CHROMIUM to its path)');
  const profile = mkdtempSync(join(tmpdir(), 'palisade-chromium-'));
  try {
    const r = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--no-first-run',
        '--no-default-browser-check',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfFile}`,
        pathToFileURL(htmlFile).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.error || r.status !== 0 || !existsSync(pdfFile) || statSync(pdfFile).size === 0) {
      const why = r.error?.message ?? (r.stderr || '').trim().split('\n').pop() ?? `exit ${r.status}`;
      throw new InputError(`--pdf: ${chromium} could not print the report (${why})`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
