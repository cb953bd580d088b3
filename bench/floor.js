// The floor: the least any template checker must do. Read the template, JSON.parse it and
// visit every value once. `palisade check` is compared against this, in the same process style.
//
//   node --require bench/usage.js bench/floor.js TEMPLATE
'use strict';
const { readFileSync } = require('fs');

const bench = globalThis.__bench ?? { time: (_, fn) => fn(), note() {} };

const file = process.argv[2];
const text = bench.time('readMs', () => readFileSync(file, 'utf8'));
const template = bench.time('parseMs', () => JSON.parse(text));
const values = bench.time('walkMs', () => {
  let count = 0;
  // An explicit stack rather than recursion, so depth never matters.
  const pending = [template];
  while (pending.length > 0) {
    const v = pending.pop();
    count++;
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) for (const x of v) pending.push(x);
      else for (const k in v) pending.push(v[k]);
    }
  }
  return count;
});
bench.note('values', values);
bench.note('resources', Object.keys(template.Resources).length);
