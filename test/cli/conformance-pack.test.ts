/** `palisade conformance-pack` through the built binary: files on disk, stderr lines, exit codes. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseTemplate } from '../../lib/sources/template/parse';
import { bundle, palisade, removeBundle } from './binary';

// Child processes on a 2-core machine shared with other work.
jest.setTimeout(120_000);

let work: string;
beforeAll(() => {
  bundle();
  work = mkdtempSync(join(tmpdir(), 'palisade-conformance-'));
});
afterAll(() => {
  removeBundle();
  rmSync(work, { recursive: true, force: true });
});

describe('palisade conformance-pack', () => {
  it('writes one YAML template per numbered pack into a directory', () => {
    const r = palisade(['conformance-pack', '--pack', 'all', '--output', `${work}/packs/`]);
    expect(r.code).toBe(0);
    const files = readdirSync(join(work, 'packs')).sort();
    expect(files).toEqual(['palisade-all-1.yaml', 'palisade-all-2.yaml']);
    for (const f of files) {
      const t = parseTemplate(readFileSync(join(work, 'packs', f), 'utf8'), f);
      expect(Object.values(t.body.Resources).every((res) => res.Type === 'AWS::Config::ConfigRule')).toBe(true);
    }
    expect(r.stderr).toMatch(/^palisade: 185 managed rules in 2 packs; \d+ Palisade rules have no managed twin$/m);
  });

  it('writes a single pack to stdout', () => {
    const r = palisade(['conformance-pack', '--pack', 'internet-first']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# palisade-internet-first-1\nResources:\n/);
    expect(r.stdout).not.toContain('---');
  });

  it('with --region, lists the managed rules it leaves out on stderr', () => {
    const r = palisade(['conformance-pack', '--pack', 'ncsc-csp', '--region', 'eu-west-2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'palisade: left out CLOUDFRONT_VIEWER_POLICY_HTTPS (CloudFrontViewerHttps): not offered in eu-west-2\n',
    );
    expect(r.stdout).not.toContain('SourceIdentifier: CLOUDFRONT_VIEWER_POLICY_HTTPS');
    expect(r.stdout).toContain('SourceIdentifier: CW_LOGGROUP_RETENTION_PERIOD_CHECK');
  });

  it.each([
    [
      ['--pack', 'nhs'],
      /^palisade: --pack: unknown pack 'nhs' \(use ncsc-csp, ten-steps, cyber-essentials, internet-first, all\)\n$/,
    ],
    [['--pack', 'all', '--region', 'moon-1'], /^palisade: --region moon-1: unknown region \(known: .*eu-west-2.*\)\n$/],
    [
      ['--pack', 'all', '--region', 'ap-southeast-5'],
      /^palisade: --region ap-southeast-5: no managed-rule availability data for Asia Pacific \(Malaysia\)/,
    ],
    [
      ['--pack', 'all', '--output', '/nonexistent-dir/pack.yaml'],
      /^palisade: --output \/nonexistent-dir\/pack.yaml: directory \/nonexistent-dir does not exist\n$/,
    ],
    [[], /^palisade: required option '-p, --pack <pack>' not specified\n$/],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const r = palisade(['conformance-pack', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
