// `npm run bench`: synth alone, synth + cdk-nag AwsSolutionsChecks, synth + PalisadeChecks,
// `palisade check` on the synthesized cdk.out, Palisade's engine without the CLI, and a floor
// that only parses and walks the template, each in its own process, at several app sizes.
// Prints the medians, peak memory and the ratios the issue sets as targets, and writes them to
// bench/RESULTS.md.
//
//   node bench/run.js [--sizes 100,1000,5000] [--runs 3] [--results bench/RESULTS.md]
//
// It measures dist/ as built; `npm run bench` builds first.
'use strict';
const { spawnSync, execFileSync } = require('child_process');
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('fs');
const os = require('os');
const { basename, join, relative, resolve } = require('path');

const ROOT = resolve(__dirname, '..');
const OUT = join(__dirname, 'out');
const USAGE = join(__dirname, 'usage.js');
const NOTES_MARKER = '<!-- notes: text below this line is kept when the bench rewrites this file -->';

const TARGETS = {
  packRatio: 0.5, // PalisadeChecks validation time ≤ 0.5 × AwsSolutionsChecks'
  checkWallS: 1, // palisade check at 5,000 resources ≤ 1 s wall
  floorRatio: 5, // evaluation time ≤ 5 × the floor's parse-and-walk
  linearity: 1.5, // time per resource at 5,000 ≤ 1.5 × that at 1,000
};

function parseArgs(argv) {
  const o = { sizes: [100, 1000, 5000], runs: 3, results: join(__dirname, 'RESULTS.md'), renderOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--sizes') o.sizes = value().split(',').map(Number);
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--results') o.results = resolve(value());
    else if (a === '--render-only') o.renderOnly = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option '${a}'`);
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 50)) usage('--sizes: whole numbers of at least 50, comma-separated');
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs: a whole number of at least 1');
  return o;
}

function usage(problem) {
  const text =
    'usage: node bench/run.js [--sizes 100,1000,5000] [--runs 3] [--results bench/RESULTS.md] [--render-only]\n' +
    '  --render-only  rewrite the results file from its raw data in bench/out/ without measuring again\n';
  if (problem) {
    process.stderr.write(`bench: ${problem}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

const node = (script, ...args) => [process.execPath, ['--require', USAGE, script, ...args]];

/** The measured configurations, in the order they run within a round. */
function configurations(size, input) {
  const app = (mode) => ({
    prepare: () => rmSync(join(OUT, `${mode}-${size}`), { recursive: true, force: true }),
    command: node(join(__dirname, 'app.js'), '--n', String(size), '--mode', mode, '--out', join(OUT, `${mode}-${size}`)),
  });
  return {
    synth: { label: 'synth alone', ...app('synth') },
    aws: { label: 'synth + AwsSolutionsChecks (cdk-nag 3)', ...app('aws') },
    palisade: { label: 'synth + PalisadeChecks', ...app('palisade') },
    check: {
      label: '`palisade check` on cdk.out (CLI bundle)',
      command: node(
        join(ROOT, 'dist/palisade.js'),
        'check',
        input.dir,
        '--format',
        'json',
        '--output',
        join(OUT, `check-${size}.json`),
      ),
      exitCodes: [0, 1], // 1 = findings at or above --fail-on, which this app is built to have
    },
    engine: { label: 'Palisade engine only (discover + evaluate)', command: node(join(__dirname, 'eval.js'), input.dir) },
    floor: { label: 'floor: read + JSON.parse + walk', command: node(join(__dirname, 'floor.js'), input.template) },
  };
}

function runOnce(name, config) {
  config.prepare?.();
  const report = join(OUT, `report-${process.pid}.json`);
  rmSync(report, { force: true });
  const [cmd, args] = config.command;
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, BENCH_REPORT: report, JSII_DEPRECATED: 'quiet' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  const allowed = config.exitCodes ?? [0];
  if (child.error || !allowed.includes(child.status) || !existsSync(report)) {
    const why = child.error ? child.error.message : `exit code ${child.status ?? child.signal}`;
    throw new Error(`${name}: ${why}\n${String(child.stderr ?? '').slice(-2000)}`);
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  return { wallS, ...r };
}

/** An untimed synth whose cdk.out is the input of `palisade check`, the engine and the floor. */
function prepareInput(size) {
  const dir = join(OUT, `input-${size}`);
  rmSync(dir, { recursive: true, force: true });
  const r = runOnce(`input synth at ${size}`, {
    command: node(join(__dirname, 'app.js'), '--n', String(size), '--mode', 'synth', '--out', dir),
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const stack = Object.values(manifest.artifacts).find((a) => a.type === 'aws:cloudformation:stack');
  const template = join(dir, stack.properties.templateFile);
  return { dir, template, resources: r.extra.resources, types: r.extra.types, bytes: readFileSync(template).length };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function summarise(runs) {
  const pick = (f) => runs.map(f).filter((v) => typeof v === 'number');
  const phases = {};
  for (const k of Object.keys(runs[0].phases)) phases[k] = median(pick((r) => r.phases[k]));
  const cpuPhases = {};
  for (const k of Object.keys(runs[0].cpuPhases ?? {})) cpuPhases[k] = median(pick((r) => r.cpuPhases[k]));
  return {
    n: runs.length,
    wallS: median(pick((r) => r.wallS)),
    wallMin: Math.min(...pick((r) => r.wallS)),
    wallMax: Math.max(...pick((r) => r.wallS)),
    cpuS: median(pick((r) => r.cpuMs)) / 1000,
    rssMB: median(pick((r) => r.maxRssMB)),
    phases,
    cpuPhases,
    extra: runs[runs.length - 1].extra,
  };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.renderOnly) {
    const saved = JSON.parse(readFileSync(rawFile(opts.results), 'utf8'));
    for (const k of ['started', 'finished']) saved.env[k] = new Date(saved.env[k]);
    const sizes = Object.keys(saved.results)
      .map(Number)
      .sort((a, b) => a - b);
    const markdown = render(saved.env, saved.results, sizes);
    process.stdout.write(markdown);
    writeFileSync(opts.results, withKeptNotes(opts.results, markdown));
    return;
  }
  for (const f of ['dist/palisade.js', 'dist/lib/nag/index.js', 'dist/rules/catalogue.js', 'dist/lib/engine/evaluate.js']) {
    if (!existsSync(join(ROOT, f))) usage(`${f} is missing; run \`npm run build\` first (or \`npm run bench\`, which builds)`);
  }
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const loadBefore = os.loadavg();
  const log = (s) => process.stderr.write(s);

  const results = {};
  for (const size of opts.sizes) {
    log(`bench: preparing the ${size}-resource input … `);
    const input = prepareInput(size);
    log(`${input.resources} resources, ${(input.bytes / 1024).toFixed(0)} KB template\n`);
    const configs = configurations(size, input);
    const runs = Object.fromEntries(Object.keys(configs).map((k) => [k, []]));
    // Round-robin: one run of every configuration per round, so load from other work on the
    // machine spreads over all of them rather than landing on one.
    for (let round = 1; round <= opts.runs; round++) {
      for (const [name, config] of Object.entries(configs)) {
        log(`bench: N=${size} run ${round}/${opts.runs} ${name} … `);
        const r = runOnce(`${name} at ${size}`, config);
        runs[name].push(r);
        log(`${r.wallS.toFixed(2)} s, ${r.maxRssMB.toFixed(0)} MB\n`);
      }
    }
    results[size] = { input, labels: Object.fromEntries(Object.entries(configs).map(([k, c]) => [k, c.label])) };
    for (const [name, rs] of Object.entries(runs)) results[size][name] = summarise(rs);
    results[size].check.extra = checkOutput(join(OUT, `check-${size}.json`));
  }

  const env = {
    started,
    finished: new Date(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim(),
    memGB: os.totalmem() / 2 ** 30,
    node: process.version,
    loadBefore,
    loadAfter: os.loadavg(),
    runs: opts.runs,
    versions: versions(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--', 'lib', 'rules', 'bin']).split('\n').filter(Boolean).length,
  };
  writeFileSync(rawFile(opts.results), JSON.stringify({ env, results }, null, 2));
  const markdown = render(env, results, opts.sizes);
  process.stdout.write(markdown);
  writeFileSync(opts.results, withKeptNotes(opts.results, markdown));
  log(`bench: wrote ${relative(ROOT, opts.results)} and ${relative(ROOT, rawFile(opts.results))}\n`);
}

/** The raw medians behind a results file: bench/RESULTS.md -> bench/out/RESULTS.json. */
function rawFile(results) {
  return join(OUT, `${basename(results, '.md')}.json`);
}

/** What the CLI reported, to cross-check it ran the same rules as the engine-only process. */
function checkOutput(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const results = report.results ?? [];
  return { rules: new Set(results.map((r) => r.ruleId)).size, results: results.length, catalogue: cliRuleCount() };
}

let cliRules;
function cliRuleCount() {
  if (cliRules === undefined) {
    const out = execFileSync(process.execPath, [join(ROOT, 'dist/palisade.js'), 'rules', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    cliRules = JSON.parse(out).length;
  }
  return cliRules;
}

function versions() {
  const v = (p) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return { 'aws-cdk-lib': v('aws-cdk-lib'), 'cdk-nag': v('cdk-nag'), constructs: v('constructs') };
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Keeps the hand-written notes below the marker of an existing results file. */
function withKeptNotes(file, markdown) {
  let notes = '\n_No notes yet._\n';
  if (existsSync(file)) {
    const old = readFileSync(file, 'utf8');
    const at = old.indexOf(NOTES_MARKER);
    if (at >= 0) notes = old.slice(at + NOTES_MARKER.length);
  }
  return `${markdown}\n## Notes\n\n${NOTES_MARKER}${notes}`;
}

// ---- derived figures -------------------------------------------------------------------------

function derive(r) {
  const res = r.input.resources;
  const awsProc = r.aws.wallS - r.synth.wallS;
  const palProc = r.palisade.wallS - r.synth.wallS;
  const awsCpu = r.aws.cpuS - r.synth.cpuS;
  const palCpu = r.palisade.cpuS - r.synth.cpuS;
  const awsIn = r.aws.phases.validateMs / 1000;
  const palIn = r.palisade.phases.validateMs / 1000;
  const awsSynthIn = (r.aws.phases.synthMs - r.synth.phases.synthMs) / 1000;
  const palSynthIn = (r.palisade.phases.synthMs - r.synth.phases.synthMs) / 1000;
  const engineS = (r.engine.phases.discoverMs + r.engine.phases.evaluateMs) / 1000;
  const floorS = (r.floor.phases.readMs + r.floor.phases.parseMs + r.floor.phases.walkMs) / 1000;
  const cpu = (c, k) => r[c].cpuPhases?.[k];
  const engineCpu = (cpu('engine', 'discoverMs') + cpu('engine', 'evaluateMs')) / 1000;
  const floorCpu = (cpu('floor', 'readMs') + cpu('floor', 'parseMs') + cpu('floor', 'walkMs')) / 1000;
  return {
    res,
    awsProc,
    palProc,
    procRatio: palProc / awsProc,
    awsCpu,
    palCpu,
    cpuRatio: palCpu / awsCpu,
    awsIn,
    palIn,
    inRatio: palIn / awsIn,
    awsSynthIn,
    palSynthIn,
    synthInRatio: palSynthIn / awsSynthIn,
    checkWall: r.check.wallS,
    engineS,
    evaluateS: r.engine.phases.evaluateMs / 1000,
    discoverS: r.engine.phases.discoverMs / 1000,
    floorS,
    floorRatio: engineS / floorS,
    engineCpu,
    floorCpu,
    floorCpuRatio: engineCpu / floorCpu,
    inCpuRatio: cpu('palisade', 'validateMs') / cpu('aws', 'validateMs'),
    floorProcRatio: r.check.wallS / r.floor.wallS,
    perRes: {
      engine: (engineS / res) * 1e6,
      evaluate: (r.engine.phases.evaluateMs / 1000 / res) * 1e6,
      check: (r.check.wallS / res) * 1e6,
      palIn: (palIn / res) * 1e6,
      awsIn: (awsIn / res) * 1e6,
      synth: (r.synth.phases.synthMs / 1000 / res) * 1e6,
      floor: (floorS / res) * 1e6,
    },
  };
}

const s2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const s3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const ms = (x) => (Number.isFinite(x) ? (x * 1000).toFixed(x < 0.01 ? 2 : x < 1 ? 1 : 0) : '–');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const verdict = (ok) => (ok ? '**met**' : '**missed**');

function render(env, results, sizes) {
  const d = Object.fromEntries(sizes.map((n) => [n, derive(results[n])]));
  const cols = sizes.map((n) => `N≈${n} (${results[n].input.resources})`);
  const head = (first) => `| ${first} | ${cols.join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|\n`;
  const row = (label, f) => `| ${label} | ${sizes.map((n) => f(results[n], d[n])).join(' | ')} |\n`;
  const configs = ['synth', 'aws', 'palisade', 'check', 'engine', 'floor'];
  const first = results[sizes[0]];
  const rules = first.engine.extra.rules;
  const big = sizes.includes(5000) ? 5000 : sizes[sizes.length - 1];
  const mid = sizes.includes(1000) ? 1000 : sizes.length > 1 ? sizes[sizes.length - 2] : undefined;

  let md = '# Benchmark: Palisade against cdk-nag and a parse-only floor\n\n';
  md += '_Written by `npm run bench` (bench/run.js); numbers above the Notes section are regenerated on every run._\n\n';
  md += `- Run: ${env.started.toISOString()} to ${env.finished.toISOString()}; ${env.runs} run(s) per cell, the tables show medians; runs interleaved round-robin.\n`;
  md += `- Machine: ${env.cores} cores (\`nproc\`), ${env.cpu ?? 'unknown CPU'}, ${env.memGB.toFixed(0)} GiB; Node ${env.node}; load average ${env.loadBefore.map((x) => x.toFixed(2)).join(' / ')} before and ${env.loadAfter
    .map((x) => x.toFixed(2))
    .join(' / ')} after (1 / 5 / 15 min). A load above ~0.5 means other work shared the CPUs and the numbers are noisy.\n`;
  md += `- Versions: aws-cdk-lib ${env.versions['aws-cdk-lib']}, cdk-nag ${env.versions['cdk-nag']}, constructs ${env.versions.constructs}; Palisade at ${env.commit || 'unknown commit'}${env.dirty ? ` with ${env.dirty} uncommitted file(s) in lib/, rules/, bin/` : ''}, **${rules} rules** in the \`all\` pack.\n`;
  const counts = {
    'CLI bundle (dist/palisade.js)': first.check.extra.catalogue,
    'compiled engine (dist/rules)': rules,
    'PalisadeChecks (dist/lib/nag)': first.palisade.extra.rules,
  };
  if (new Set(Object.values(counts)).size > 1) {
    md += `- **Warning: the three Palisade entry points ran different catalogues** (${Object.entries(counts)
      .map(([k, v]) => `${k}: ${v} rules`)
      .join(
        ', ',
      )}): dist/ was not built from one source tree. Run \`npm run bench\`, which builds first, on a tree that builds.\n`;
  }
  md +=
    "- Every measured synth runs with `builtinCloudFormationValidation: false`: CDK's own CloudFormation validator (on by default since aws-cdk-lib 2.262) is off, so the differences belong to the packs alone. `@aws-cdk/core:failSynthOnValidationErrors` is false, so findings go to `cdk.out/validation-report.json` instead of failing the synth.\n";
  md +=
    '- One stack per size, as the issue asks. CloudFormation deploys at most 500 resources per stack and CDK checks that at synth, so `@aws-cdk/core:stackResourceLimit` is 0: the 1,000- and 5,000-resource templates are synthetic stress cases that could not be deployed as they are.\n';
  md +=
    "- Wall time is measured by the parent around each child process, so it includes node start-up. Peak memory is the child's own `process.resourceUsage().maxRSS` (median over runs), reported by a preload (`bench/usage.js`). CPU is the child's user + system time.\n\n";

  md += '## Stack mix\n\n';
  md += head('resource type');
  const types = Object.keys(results[big].input.types);
  for (const t of types) md += row(t, (r) => String(r.input.types[t] ?? 0));
  md += row('**total resources**', (r) => `**${r.input.resources}**`);
  md += row('template size', (r) => `${(r.input.bytes / 1024).toFixed(0)} KB`);
  md += '\n';

  md += '## Medians per process: wall s (min–max) · CPU s · peak RSS MB\n\n';
  md += head('configuration');
  for (const c of configs) {
    md += row(
      first.labels[c],
      (r) => `${s2(r[c].wallS)} (${s2(r[c].wallMin)}–${s2(r[c].wallMax)}) · ${s2(r[c].cpuS)} · ${r[c].rssMB.toFixed(0)}`,
    );
  }
  md += '\n';

  md += '## Inside the processes (medians, ms)\n\n';
  md += head('phase');
  md += row('synth alone: build the construct tree', (r) => ms(r.synth.phases.buildMs / 1000));
  md += row('synth alone: `app.synth()`', (r) => ms(r.synth.phases.synthMs / 1000));
  md += row('AwsSolutionsChecks: `app.synth()` incl. pack', (r) => ms(r.aws.phases.synthMs / 1000));
  md += row('AwsSolutionsChecks: its `validate()` alone', (r) => ms(r.aws.phases.validateMs / 1000));
  md += row('PalisadeChecks: `app.synth()` incl. pack', (r) => ms(r.palisade.phases.synthMs / 1000));
  md += row('PalisadeChecks: its `validate()` alone', (r) => ms(r.palisade.phases.validateMs / 1000));
  md += row('engine: load modules (dist/, unbundled)', (r) => ms(r.engine.phases.loadMs / 1000));
  md += row('engine: discover (read, JSON.parse, line positions)', (r) => ms(r.engine.phases.discoverMs / 1000));
  md += row('engine: evaluate every rule', (r) => ms(r.engine.phases.evaluateMs / 1000));
  md += row('floor: read', (r) => ms(r.floor.phases.readMs / 1000));
  md += row('floor: JSON.parse', (r) => ms(r.floor.phases.parseMs / 1000));
  md += row('floor: walk every value', (r) => ms(r.floor.phases.walkMs / 1000));
  md += row(
    'results (rule × resource): engine / `palisade check`',
    (r) => `${r.engine.extra.results} / ${r.check.extra.results}`,
  );
  md += row(
    'of which NON_COMPLIANT / INSUFFICIENT_DATA',
    (r) => `${r.engine.extra.byStatus.NON_COMPLIANT ?? 0} / ${r.engine.extra.byStatus.INSUFFICIENT_DATA ?? 0}`,
  );
  md += '\n';

  md += '## Ratios\n\n';
  md += head('measure');
  md += row('validation time, processes: AwsSolutions (s)', (_, x) => s2(x.awsProc));
  md += row('validation time, processes: Palisade (s)', (_, x) => s2(x.palProc));
  md += row(`**Palisade ÷ AwsSolutions, processes** (target ≤ ${TARGETS.packRatio})`, (_, x) => `**${ratio(x.procRatio)}**`);
  md += row('same by CPU time (less sensitive to other load)', (_, x) => ratio(x.cpuRatio));
  md += row('same in-process, `validate()` alone', (_, x) => `${ratio(x.inRatio)} (${ms(x.palIn)} ms ÷ ${ms(x.awsIn)} ms)`);
  md += row('same in-process, `validate()` alone, by CPU time', (_, x) => ratio(x.inCpuRatio));
  md += row(
    'same in-process, `app.synth()` with − without pack',
    (_, x) => `${ratio(x.synthInRatio)} (${ms(x.palSynthIn)} ms ÷ ${ms(x.awsSynthIn)} ms)`,
  );
  md += row(`**\`palisade check\` wall (s)** (target ≤ ${TARGETS.checkWallS} s at 5,000)`, (_, x) => `**${s2(x.checkWall)}**`);
  md += row('evaluation time: discover + evaluate (ms)', (_, x) => ms(x.engineS));
  md += row('floor: read + parse + walk (ms)', (_, x) => ms(x.floorS));
  md += row(`**evaluation ÷ floor** (target ≤ ${TARGETS.floorRatio})`, (_, x) => `**${ratio(x.floorRatio)}**`);
  md += row(
    'evaluation ÷ floor by CPU time (ms ÷ ms)',
    (_, x) => `${ratio(x.floorCpuRatio)} (${ms(x.engineCpu)} ÷ ${ms(x.floorCpu)})`,
  );
  md += row('`palisade check` wall ÷ floor process wall', (_, x) => ratio(x.floorProcRatio));
  md += row('µs per resource: evaluation (discover + evaluate)', (_, x) => s2(x.perRes.engine));
  md += row('µs per resource: evaluate alone', (_, x) => s2(x.perRes.evaluate));
  md += row('µs per resource: `palisade check` wall', (_, x) => s2(x.perRes.check));
  md += row('µs per resource: PalisadeChecks `validate()`', (_, x) => s2(x.perRes.palIn));
  md += row('µs per resource: AwsSolutionsChecks `validate()`', (_, x) => s2(x.perRes.awsIn));
  md += row('µs per resource: floor', (_, x) => s2(x.perRes.floor));
  md += '\n';

  md += '## Targets\n\n';
  const lines = [];
  const missBy = (value, target) => `${ratio(value / target)} the target`;
  // A difference of medians smaller than the runs' own spread says nothing on a busy machine.
  const noise = (n) => Math.max(...['synth', 'aws', 'palisade'].map((c) => results[n][c].wallMax - results[n][c].wallMin));
  const decided = (n) => results[n].synth.n > 1 && Math.abs(d[n].palProc - TARGETS.packRatio * d[n].awsProc) > noise(n);
  const why = (n) =>
    results[n].synth.n > 1
      ? `the margin to the target is within the ${s2(noise(n))} s spread of the runs`
      : 'one run, spread unknown';
  const packAt = sizes
    .map((n) => `${ratio(d[n].procRatio)} at ${results[n].input.resources}${decided(n) ? '' : ` (not significant: ${why(n)})`}`)
    .join(', ');
  const missed = sizes.some((n) => decided(n) && d[n].procRatio > TARGETS.packRatio);
  const packVerdict = missed ? verdict(false) : sizes.every(decided) ? verdict(true) : '**not established** (too noisy)';
  lines.push(
    `- PalisadeChecks validation ≤ ${TARGETS.packRatio} × AwsSolutionsChecks (processes, wall): ${packVerdict} — ${packAt}. By CPU time: ${sizes.map((n) => ratio(d[n].cpuRatio)).join(', ')}. In-process \`validate()\`: ${sizes.map((n) => ratio(d[n].inRatio)).join(', ')}.`,
  );
  const dBig = d[big];
  lines.push(
    `- \`palisade check\` on ${results[big].input.resources} resources ≤ ${TARGETS.checkWallS} s wall: ${verdict(dBig.checkWall <= TARGETS.checkWallS)} — ${s2(dBig.checkWall)} s${dBig.checkWall > TARGETS.checkWallS ? ` (${missBy(dBig.checkWall, TARGETS.checkWallS)})` : ''}.${big !== 5000 ? ' (5,000 was not in this run.)' : ''}`,
  );
  lines.push(
    `- evaluation ≤ ${TARGETS.floorRatio} × floor at ${results[big].input.resources}: ${verdict(dBig.floorRatio <= TARGETS.floorRatio)} — ${ms(dBig.engineS)} ms against ${ms(dBig.floorS)} ms, ${ratio(dBig.floorRatio)}${dBig.floorRatio > TARGETS.floorRatio ? ` (${missBy(dBig.floorRatio, TARGETS.floorRatio)})` : ''}; discover ${ms(dBig.discoverS)} ms + evaluate ${ms(dBig.evaluateS)} ms. By CPU time: ${ratio(dBig.floorCpuRatio)}.`,
  );
  if (mid !== undefined && mid !== big) {
    const lin = (k) => d[big].perRes[k] / d[mid].perRes[k];
    const linOk = lin('engine') <= TARGETS.linearity;
    lines.push(
      `- time per resource at ${results[big].input.resources} ≤ ${TARGETS.linearity} × that at ${results[mid].input.resources}: ${verdict(linOk)} for the evaluation (${ratio(lin('engine'))}; evaluate alone ${ratio(lin('evaluate'))}). Also: \`palisade check\` wall ${ratio(lin('check'))}, PalisadeChecks \`validate()\` ${ratio(lin('palIn'))}, AwsSolutionsChecks \`validate()\` ${ratio(lin('awsIn'))}, floor ${ratio(lin('floor'))}, \`app.synth()\` ${ratio(lin('synth'))}.`,
    );
  } else {
    lines.push('- linearity (5,000 against 1,000): not measured in this run.');
  }
  md += lines.join('\n') + '\n';
  return md;
}

main();
