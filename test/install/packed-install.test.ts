/**
 * The package as a team installs it: `npm pack` (which builds through
 * `prepack`), then a fresh CDK app in a temporary folder, on an older
 * aws-cdk-lib minor within the peer range, installs the tarball offline from
 * the npm cache, type-checks and synthesizes with PalisadeChecks, and runs
 * the installed `palisade check` on its cloud assembly.
 *
 * Offline means the npm cache must hold that aws-cdk-lib: `.ci/run` puts it
 * there (`npm cache add aws-cdk-lib@$OLDER_CDK`) before `npm test`. Nothing
 * here reaches the network: npm runs with --offline.
 * CDK's built-in CloudFormation validation is off (CDK_VALIDATION=false): not under test.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

const ROOT = join(__dirname, '../..');
/** The oldest aws-cdk-lib the peer range allows, and the one this test installs. */
export const OLDER_CDK = '2.274.0';
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

// npm pack builds (tsc + esbuild); npm install unpacks aws-cdk-lib: minutes at worst on a shared 2-core machine.
jest.setTimeout(300_000);

let work: string;
let app: string;
let tarball: string;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', CDK_VALIDATION: 'false', CDK_DISABLE_VERSION_CHECK: 'true', ...env },
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'palisade-install-'));
  app = join(work, 'app');
  const packed = run('npm', ['pack', '--pack-destination', work, '--loglevel', 'error'], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  tarball = join(work, `${PKG.name}-${PKG.version}.tgz`);

  mkdirSync(app);
  writeAppWithLockfile();
  // `npm ci`, as a CI job installs: from the lockfile, every tarball from the cache.
  const installed = run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel', 'error'], app);
  if (installed.code !== 0) {
    throw new Error(
      `offline install failed (is aws-cdk-lib@${OLDER_CDK} in the npm cache? \`npm cache add aws-cdk-lib@${OLDER_CDK}\`):\n${installed.stderr}`,
    );
  }
});

/**
 * An existing app's package.json and lockfile, on aws-cdk-lib ${OLDER_CDK}, with
 * the tarball added as `npm install <tarball>` would record it. The lockfile
 * is written here rather than resolved: npm resolves a dependency tree from
 * full registry documents, which an offline machine need not have, while
 * `npm ci` needs only the tarballs (our own lockfile pins and hashes every one).
 */
function writeAppWithLockfile(): void {
  const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages as Record<string, LockEntry>;
  const cdk = JSON.parse(
    run('npm', ['view', `aws-cdk-lib@${OLDER_CDK}`, 'dist.integrity', 'dependencies', '--json', '--offline'], work).stdout ||
      '{}',
  );
  if (!cdk['dist.integrity'])
    throw new Error(`aws-cdk-lib@${OLDER_CDK} is not in the npm cache: run \`npm cache add aws-cdk-lib@${OLDER_CDK}\``);
  const tgz = `file:../${basename(tarball)}`;
  const dependencies = { 'aws-cdk-lib': OLDER_CDK, constructs: PKG.devDependencies.constructs, [PKG.name]: tgz };
  const packages: Record<string, LockEntry> = {
    '': { name: 'an-existing-app', version: '1.0.0', dependencies },
    [`node_modules/${PKG.name}`]: {
      version: PKG.version,
      resolved: tgz,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      license: PKG.license,
      dependencies: PKG.dependencies,
      bin: PKG.bin,
      engines: PKG.engines,
      peerDependencies: PKG.peerDependencies,
    },
  };
  for (const [path, entry] of Object.entries(ours)) {
    // What the package needs at run time: our production tree, less aws-cdk-lib's bundle (its tarball carries it).
    if (!path || entry.dev || entry.inBundle || path.startsWith('node_modules/aws-cdk-lib/')) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[path] = { ...entry, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz` };
  }
  packages['node_modules/aws-cdk-lib'] = {
    ...packages['node_modules/aws-cdk-lib'],
    version: OLDER_CDK,
    resolved: `https://registry.npmjs.org/aws-cdk-lib/-/aws-cdk-lib-${OLDER_CDK}.tgz`,
    integrity: cdk['dist.integrity'],
    dependencies: cdk.dependencies,
  };
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'an-existing-app', version: '1.0.0', private: true, dependencies }),
  );
  writeFileSync(
    join(app, 'package-lock.json'),
    JSON.stringify({ name: 'an-existing-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly dev?: boolean;
  readonly inBundle?: boolean;
  readonly [key: string]: unknown;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the built library, the CLI bundle, docs and licence, and no tests, sources or CI files', () => {
    const r = run('tar', ['-tzf', tarball], work);
    const files = r.stdout.split('\n').filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/RULES.md',
        'package/LICENSE',
        'package/docs/ci.md',
        'package/dist/palisade.js',
        'package/dist/lib/index.js',
        'package/dist/lib/index.d.ts',
        'package/dist/lib/rules-api.js',
      ]),
    );
    const stray = files.filter((f) =>
      /^package\/(test|bench|scripts|\.ci|examples|lib|rules|bin)\/|^package\/dist\/(examples|bin)\/|\.map$|tsconfig|jest\.config/.test(
        f,
      ),
    );
    expect(stray).toEqual([]);
  });

  it('installs beside the app’s own aws-cdk-lib and constructs, without a second copy', () => {
    const r = run('npm', ['ls', 'aws-cdk-lib', 'constructs', '--all', '--parseable', '--offline'], app);
    const copies = r.stdout.split('\n').filter((l) => /node_modules\/(aws-cdk-lib|constructs)$/.test(l));
    expect(copies.map((p) => p.slice(app.length))).toEqual(['/node_modules/aws-cdk-lib', '/node_modules/constructs']);
    expect(JSON.parse(readFileSync(join(app, 'node_modules/aws-cdk-lib/package.json'), 'utf8')).version).toBe(OLDER_CDK);
    expect(readdirSync(join(app, 'node_modules/palisade-nhs')).sort()).toEqual(
      ['LICENSE', 'README.md', 'RULES.md', 'dist', 'docs', 'package.json'].sort(),
    );
  });

  it('type-checks an app that hands its own Vpc to a Palisade construct, and synthesizes it with PalisadeChecks', () => {
    writeFileSync(
      join(app, 'app.ts'),
      [
        "import { App, Stack, Validations } from 'aws-cdk-lib';",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
        "import * as s3 from 'aws-cdk-lib/aws-s3';",
        "import { EncryptedBucket, EncryptedDatabase, PalisadeChecks } from 'palisade-nhs';",
        '',
        "const app = new App({ outdir: 'cdk.out' });",
        'Validations.of(app).addPlugins(new PalisadeChecks());',
        "const stack = new Stack(app, 'Web');",
        'const vpc = new ec2.Vpc(stack, "Vpc", {',
        '  maxAzs: 2,',
        '  natGateways: 0,',
        "  subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],",
        '});',
        "new EncryptedDatabase(stack, 'Db', { vpc, vpcSubnets: { subnetGroupName: 'Data' } });",
        "new EncryptedBucket(stack, 'Records');",
        "new s3.Bucket(stack, 'Uploads');",
        'app.synth();',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, skipLibCheck: true, types: [] },
        files: ['app.ts'],
      }),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);

    // The pack fails the synth on the plain bucket (an error finding), after writing the assembly.
    const synth = run(process.execPath, ['app.js'], app);
    expect(synth.code).not.toBe(0);
    expect(synth.stdout + synth.stderr).toContain('S3BucketSslRequestsOnly');
    expect(JSON.parse(readFileSync(join(app, 'cdk.out/manifest.json'), 'utf8')).artifacts.Web).toBeDefined();
  });

  it('runs the installed `palisade check` on the assembly', () => {
    const bin = join(app, 'node_modules/.bin/palisade');
    const version = run(bin, ['--version'], app);
    expect(version.stdout.trim()).toBe(PKG.version);
    const check = run(bin, ['check', 'cdk.out', '--format', 'json', '--no-exceptions'], app);
    expect(check.stderr).toMatch(/^palisade: failed: \d+ result\(s\) at or above --fail-on error; wrote stdout\n$/);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    const tls = report.results.filter((r: { ruleId: string }) => r.ruleId === 'S3BucketSslRequestsOnly');
    const by = (path: string) => tls.find((r: { resource: { constructPath?: string } }) => r.resource.constructPath === path);
    expect(by('Web/Uploads/Resource').status).toBe('NON_COMPLIANT');
    expect(by('Web/Records/Resource/Resource').status).toBe('COMPLIANT');
  });

  it('loads a team’s own rules written with palisade-nhs/rules, without loading aws-cdk-lib', () => {
    writeFileSync(
      join(app, 'team-rules.js'),
      [
        "const { defineRule, pass, fail } = require('palisade-nhs/rules');",
        'if (Object.keys(require.cache).some((k) => k.includes("aws-cdk-lib"))) throw new Error("aws-cdk-lib loaded");',
        'exports.rules = [',
        '  defineRule({',
        "    id: 'TeamBucketsNamed',",
        "    title: 'Buckets carry a name tag',",
        "    description: 'Unnamed buckets cannot be traced to a service.',",
        "    severity: 'warning',",
        "    controls: { tenSteps: ['asset-management'] },",
        "    remediation: 'Tag the bucket with Name.',",
        "    template: { resourceTypes: ['AWS::S3::Bucket'], facts: (b) => ({ tags: b.get('Tags') }) },",
        "    evaluate: ({ tags }) => (Array.isArray(tags) && tags.some((t) => t.Key === 'Name') ? pass('named') : fail('no Name tag')),",
        '  }),',
        '];',
        '',
      ].join('\n'),
    );
    const bin = join(app, 'node_modules/.bin/palisade');
    const check = run(
      bin,
      ['check', 'cdk.out', '--rules', './team-rules.js', '--check', 'TeamBucketsNamed', '--format', 'json'],
      app,
    );
    expect(check.stderr).toBe('palisade: passed: no result(s) at or above --fail-on error; wrote stdout\n');
    const results = JSON.parse(check.stdout).results as { ruleId: string; status: string }[];
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(['TeamBucketsNamed']));
    expect(results.filter((r) => r.status === 'NON_COMPLIANT').length).toBeGreaterThanOrEqual(3);
    expect(check.code).toBe(0); // warnings do not fail --fail-on error
  });
});
