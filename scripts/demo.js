#!/usr/bin/env node
// `npm run demo`: synthesize the reference environment (no AWS account or credentials
// needed), check it with `palisade check`, do the same for the deliberately weak
// example, scan the bundled AWS Config snapshot of the reference environment as deployed
// (with out-of-band changes) with `palisade scan`, and write the reports into palisade-report/.
//
// Exits 0 when the reference environment is clean and the weak example shows findings
// (they are expected); exits 1 if the reference environment has a finding, or if a
// step cannot run.
'use strict';

const { spawnSync } = require('child_process');
const { existsSync, mkdirSync, readdirSync, rmSync, statSync } = require('fs');
const { join, relative } = require('path');

const root = join(__dirname, '..');
const reports = join(root, 'palisade-report');
const referenceOut = join(root, 'cdk.out');
const weakOut = join(reports, 'weak-example.cdk.out');
const cli = join(root, 'dist', 'palisade.js');
const say = (line = '') => process.stdout.write(`${line}\n`);
const rel = (p) => relative(root, p) || '.';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function fail(message, detail) {
  if (detail) process.stderr.write(detail.endsWith('\n') ? detail : `${detail}\n`);
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

/** The newest modification time under the source folders the build compiles. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['bin', 'lib', 'rules', 'examples']) walk(join(root, dir));
  return newest;
}

// 1. Build, unless `npm ci` (prepare) already did and nothing changed since.
const built = [cli, join(root, 'dist', 'bin', 'example-app.js'), join(root, 'dist', 'examples', 'weak-stack', 'app.js')];
if (!built.every(existsSync) || Math.min(...built.map((f) => statSync(f).mtimeMs)) < newestSource()) {
  say('Building (tsc and esbuild)…');
  const build = run('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) fail('the build failed; fix the errors above and run `npm run demo` again');
}

const checkFormats = run(process.execPath, [cli, 'check', '--help']).stdout;
const multiFormat = /sarif/.test(checkFormats) && /--output <\[format=\]file>/.test(checkFormats);

/** Synthesizes one app into outdir; returns the stacks it wrote. */
function synth(title, entry, outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const result = run(process.execPath, [entry], { env: { ...process.env, CDK_OUTDIR: outdir } });
  if (result.status !== 0) fail(`synthesizing the ${title} failed`, result.stderr || result.stdout);
  return readdirSync(outdir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => f.replace(/\.template\.json$/, ''));
}

/** Runs `palisade check` on an assembly, writing every format the CLI supports; returns its exit code and text. */
function check(assembly, name) {
  // Relative paths, so that the reports name files as a reader of the repository sees them.
  const json = rel(join(reports, `${name}.json`));
  const args = [cli, 'check', rel(assembly)];
  if (multiFormat) {
    args.push('--format', 'text,json,sarif,junit');
    args.push(
      '--output',
      `json=${json}`,
      '--output',
      `sarif=${rel(join(reports, `${name}.sarif`))}`,
      '--output',
      `junit=${rel(join(reports, `${name}.junit.xml`))}`,
    );
    const result = run(process.execPath, args);
    return { status: result.status, text: result.stdout, stderr: result.stderr };
  }
  // An older CLI: one format per run.
  const text = run(process.execPath, [...args, '--format', 'text']);
  run(process.execPath, [...args, '--format', 'json', '--output', json]);
  return { status: text.status, text: text.stdout, stderr: text.stderr };
}

/** The summary block the text report ends with (the last paragraph). */
function summaryOf(text) {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return paragraphs[paragraphs.length - 1];
}

mkdirSync(reports, { recursive: true });

// 2. The reference environment.
say('');
say('━━ Reference environment (bin/example-app.ts) ━━');
const stacks = synth('reference environment', join(root, 'dist', 'bin', 'example-app.js'), referenceOut);
say(`Synthesized ${stacks.join(', ')} into ${rel(referenceOut)}/ — no AWS account or credentials used.`);
say('PalisadeChecks and cdk-nag AwsSolutionsChecks ran during synthesis (cdk.out/validation-report.json).');
const reference = check(referenceOut, 'reference');
if (reference.status === 2 || reference.status === 3)
  fail('palisade check could not read the reference environment', reference.stderr);
say('');
say(summaryOf(reference.text));
if (reference.status !== 0) {
  say('');
  say(reference.text);
  fail('the reference environment has findings it should not have (see above); it is meant to pass every Palisade check');
}

// 2b. The evidence pack for the reference environment (PDF too when Chromium is installed).
const hasChromium = existsSync(process.env.PALISADE_CHROMIUM || '/usr/bin/chromium');
const evidenceArgs = [cli, 'evidence', rel(join(reports, 'reference.json')), '--output', rel(join(reports, 'evidence'))];
if (hasChromium) evidenceArgs.push('--pdf');
const started = Date.now();
const pack = run(process.execPath, evidenceArgs);
if (pack.status !== 0) fail('palisade evidence could not write the evidence pack', pack.stderr);
say('');
say(pack.stdout.trimEnd());
say(
  `Evidence pack built in ${((Date.now() - started) / 1000).toFixed(1)} s${hasChromium ? '' : ' (no index.pdf: install chromium for it)'}; open ${rel(join(reports, 'evidence', 'index.html'))}.`,
);
const verified = run(process.execPath, [cli, 'evidence', 'verify', rel(join(reports, 'evidence'))]);
if (verified.status !== 0) fail('the evidence pack does not verify', verified.stderr);
say(verified.stdout.trimEnd());

// 3. The deliberately weak example.
say('');
say('━━ Weak example (examples/weak-stack) — findings below are expected ━━');
synth('weak example', join(root, 'dist', 'examples', 'weak-stack', 'app.js'), weakOut);
const weak = check(weakOut, 'weak-example');
if (weak.status === 2 || weak.status === 3) fail('palisade check could not read the weak example', weak.stderr);
say(weak.text.trimEnd());
if (weak.status !== 1) fail('the weak example should have failed the check; its weaknesses are deliberate');
say('');
say('These findings are expected: the weak example is insecure on purpose, and each finding comes with its fix.');
say('Compare it with the reference environment above, built from the Palisade constructs (README.md, Constructs reference).');

// 3b. What is deployed: a scan of the bundled AWS Config snapshot of the reference environment,
//     in which someone opened SSH, weakened a bucket and created one in the console. With
//     --templates, what the templates acknowledge is suppressed on the items they deployed.
say('');
say('━━ Runtime scan of examples/snapshot (AWS Config snapshot of the reference environment, with out-of-band changes) ━━');
const scanned = run(process.execPath, [
  cli,
  'scan',
  '--snapshot',
  'examples/snapshot',
  '--templates',
  rel(referenceOut),
  '--exceptions',
  'examples/snapshot/palisade.exceptions.yaml',
  '--format',
  'text,json',
  '--output',
  `json=${rel(join(reports, 'sample-snapshot-scan.json'))}`,
]);
if (scanned.status !== 1)
  fail(`palisade scan should have found the out-of-band changes (exit ${scanned.status})`, scanned.stderr);
say(scanned.stdout.trimEnd());
if (!/SecurityGroupNoPublicSsh/.test(scanned.stdout))
  fail('palisade scan did not report the SSH opened on the service security group');
say('');
say('Expected: the deployed estate drifted from the templates that passed above. Results carry the ARN, account, region,');
say('capture time and state id of each configuration item, and the stack and logical id from its CloudFormation tags;');
say('with --templates, the acknowledgements written in cdk.out suppress the same results on the deployed resources.');

// 3c. Drift: what is deployed against what the freshly synthesized templates declare.
say('');
say('━━ Drift: the reference environment (cdk.out) against examples/snapshot ━━');
const drift = run(process.execPath, [
  cli,
  'drift',
  '--templates',
  rel(referenceOut),
  '--snapshot',
  'examples/snapshot',
  '--format',
  'text,json',
  '--output',
  `json=${rel(join(reports, 'drift.json'))}`,
]);
if (drift.status !== 1) fail(`palisade drift should have found the out-of-band changes (exit ${drift.status})`, drift.stderr);
say(drift.stdout.trimEnd());

// 3d. The evidence pack from both: synth-time and runtime results side by side.
const both = run(process.execPath, [
  cli,
  'evidence',
  rel(join(reports, 'reference.json')),
  rel(join(reports, 'sample-snapshot-scan.json')),
  '--output',
  rel(join(reports, 'evidence-with-runtime')),
]);
if (both.status !== 0) fail('palisade evidence could not combine the check and the scan', both.stderr);
say('');
say(`Evidence pack with runtime results side by side: ${rel(join(reports, 'evidence-with-runtime', 'index.html'))}.`);

// 4. Where the reports are.
say('');
say(`Reports in ${rel(reports)}/:`);
for (const file of readdirSync(reports)
  .filter((f) => /\.(json|sarif|xml)$/.test(f))
  .sort())
  say(`  ${file}`);
say('');
say('Demo passed: the reference environment is clean; the weak example and the drifted deployment show real findings.');
