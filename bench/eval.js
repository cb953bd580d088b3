// `palisade check` without the CLI around it: the compiled engine, source and catalogue,
// timed in phases (module load, discovery = read + parse + line positions, evaluation).
// This is the "evaluation time" set against the floor's read + parse + walk.
//
//   node --require bench/usage.js bench/eval.js CDK_OUT
'use strict';
const { resolve } = require('path');

const bench = globalThis.__bench ?? { time: (_, fn) => fn(), note() {} };
const dist = resolve(__dirname, '../dist');

const { discoverTemplates, evaluate, CATALOGUE, rulesOfPack } = bench.time('loadMs', () => ({
  ...require(`${dist}/lib/sources/template/discover.js`),
  ...require(`${dist}/lib/engine/evaluate.js`),
  ...require(`${dist}/rules/catalogue.js`),
}));
const { templates } = bench.time('discoverMs', () => discoverTemplates([process.argv[2]]));
const rules = rulesOfPack('all', CATALOGUE);
const findings = bench.time('evaluateMs', () => evaluate(rules, templates));

const byStatus = {};
for (const f of findings) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
bench.note('rules', rules.length);
bench.note('results', findings.length);
bench.note('byStatus', byStatus);
bench.note(
  'resources',
  templates.reduce((n, t) => n + Object.keys(t.body.Resources).length, 0),
);
