/**
 * Parses JUnit XML with junit2json, the parser CI dashboards' tooling uses. It is
 * an ES module, which jest's CommonJS runtime cannot load, so it runs in a child node.
 */
import { spawnSync } from 'child_process';
import { resolve } from 'path';
import type { TestSuites } from 'junit2json';

const SCRIPT = `
import { parse } from 'junit2json';
let xml = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) xml += chunk;
try {
  process.stdout.write(JSON.stringify(await parse(xml)));
} catch (e) {
  process.stderr.write(String(e && e.message || e));
  process.exitCode = 1;
}
`;

export function parseJunit(xml: string): TestSuites {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: xml,
    cwd: resolve(__dirname, '../..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`junit2json could not parse the report: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
