import { hostname } from 'os';
import { fails } from '../policy-gates/gate';
import { GateOptions, ReportedFinding, RunReport } from '../run/report';

/**
 * JUnit XML for CI dashboards (GitLab, Jenkins, Azure DevOps): a testsuite per
 * stack and a testcase per rule × resource, named by construct path when known.
 * A failure is exactly what fails the run (at or above --fail-on, new only with
 * --fail-on-new), so a green job never shows failed tests; a violation or an
 * undecided result below the gate is skipped with its message, so it stays
 * visible; a suppressed result is skipped with the suppression's reason;
 * COMPLIANT and NOT_APPLICABLE pass. Rules left out by --check or --skip-check
 * are skipped tests of their own: never a silent pass.
 */
export function junitReport(run: RunReport): string {
  const suites = new Map<string, { template?: string; cases: ReportedFinding[] }>();
  for (const f of run.findings) {
    const stack = f.resource.stack ?? f.resource.account ?? '(no stack)';
    const key = `${stack}\u0000${f.resource.template ?? ''}`;
    let suite = suites.get(key);
    if (!suite) suites.set(key, (suite = { template: f.resource.template, cases: [] }));
    suite.cases.push(f);
  }

  const timestamp = run.now.toISOString().replace(/\.\d+Z$/, '');
  const host = hostname();
  const totals = { tests: 0, failures: 0, skipped: 0 };
  const body: string[] = [];
  let id = 0;
  for (const [key, suite] of suites) {
    const stack = key.split('\u0000')[0];
    const counts = { tests: 0, failures: 0, skipped: 0 };
    const cases: string[] = [];
    for (const f of suite.cases) {
      counts.tests++;
      const outcome = outcomeOf(f, run.gate);
      if (outcome.kind === 'failure') counts.failures++;
      if (outcome.kind === 'skipped') counts.skipped++;
      cases.push(testcase(f, stack, outcome));
    }
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.skipped += counts.skipped;
    body.push(
      `  <testsuite ${attrs({ id: id++, name: stack, tests: counts.tests, failures: counts.failures, errors: 0, skipped: counts.skipped, time: 0, timestamp, hostname: host, file: suite.template })}>`,
      ...(suite.template
        ? [`    <properties>`, `      <property ${attrs({ name: 'template', value: suite.template })}/>`, `    </properties>`]
        : []),
      ...cases,
      `  </testsuite>`,
    );
  }
  if (run.notEvaluated?.length) {
    const cases = run.notEvaluated.map(
      (n) =>
        `    <testcase ${attrs({ classname: 'not evaluated', name: n.ruleId, time: 0 })}>\n      <skipped ${attrs({ message: `not evaluated: ${n.reason}` })}/>\n    </testcase>`,
    );
    totals.tests += cases.length;
    totals.skipped += cases.length;
    body.push(
      `  <testsuite ${attrs({ id: id++, name: 'not evaluated', tests: cases.length, failures: 0, errors: 0, skipped: cases.length, time: 0, timestamp, hostname: host })}>`,
      ...cases,
      `  </testsuite>`,
    );
  }
  const notes = exceptionNotes(run);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: 'palisade', tests: totals.tests, failures: totals.failures, errors: 0, skipped: totals.skipped, time: 0, timestamp })}>`,
    ...body,
    ...(notes ? [`  <system-err>${escape(notes)}</system-err>`] : []),
    '</testsuites>',
    '',
  ].join('\n');
}

type Outcome =
  | { kind: 'pass'; note: string }
  | { kind: 'failure'; type: string; message: string; detail: string }
  | { kind: 'skipped'; message: string };

function outcomeOf(f: ReportedFinding, gate: GateOptions): Outcome {
  if (f.suppression) {
    const s = f.suppression;
    const who = [s.owner && `owner ${s.owner}`, s.expires && `expires ${s.expires}`, s.source].filter(Boolean).join(', ');
    return { kind: 'skipped', message: `suppressed: ${s.reason} (${who}); result ${f.status}: ${f.message}` };
  }
  if (fails(f, gate)) {
    const message = f.status === 'NON_COMPLIANT' ? `${f.severity}: ${f.message}` : `needs review: ${f.message}`;
    return { kind: 'failure', type: f.status, message, detail: detailOf(f) };
  }
  if (f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA') {
    const below = gate.failOnNew && f.baseline === 'existing' ? 'existing since the baseline' : `below --fail-on ${gate.failOn}`;
    const what = f.status === 'NON_COMPLIANT' ? `NON_COMPLIANT ${f.severity}` : 'INSUFFICIENT_DATA, needs review';
    return { kind: 'skipped', message: `${what} (${below}): ${f.message}` };
  }
  return { kind: 'pass', note: `${f.status}: ${f.message}` };
}

function detailOf(f: ReportedFinding): string {
  const r = f.resource;
  const c = f.controls;
  return [
    `${f.ruleId} ${f.status} (${f.severity})${f.baseline ? `, ${f.baseline} since the baseline` : ''}`,
    `resource: ${r.type} ${r.logicalId ?? r.arn ?? ''}${r.stack ? ` in stack ${r.stack}` : ''}`,
    ...(r.template ? [`template: ${r.template}${r.line ? `:${r.line}` : ''}`] : []),
    ...(r.constructPath ? [`construct: ${r.constructPath}`] : []),
    `problem: ${f.message}`,
    `fix: ${f.remediation}`,
    ...(f.expiredException
      ? [
          `exception ${f.expiredException.index} (owner ${f.expiredException.owner}) expired on ${f.expiredException.expires}: ${f.expiredException.reason}`,
        ]
      : []),
    `controls: ${[
      c.ncscCsp.length ? `NCSC CSP ${c.ncscCsp.join(', ')}` : '',
      c.tenSteps.length ? `10 Steps ${c.tenSteps.join(', ')}` : '',
      c.cyberEssentials.length ? `Cyber Essentials ${c.cyberEssentials.join(', ')}` : '',
      c.internetFirst.length ? `Internet First ${c.internetFirst.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ')}`,
    ...(f.configRule ? [`AWS Config rule: ${f.configRule}`] : []),
  ].join('\n');
}

function testcase(f: ReportedFinding, stack: string, outcome: Outcome): string {
  const open = `    <testcase ${attrs({ classname: stack, name: `${f.ruleId} ${f.resource.constructPath ?? f.resource.logicalId ?? f.resource.arn ?? f.resource.resourceId ?? ''}`.trim(), time: 0, file: f.resource.template, line: f.resource.line })}`;
  switch (outcome.kind) {
    case 'pass':
      return `${open}>\n      <system-out>${escape(outcome.note)}</system-out>\n    </testcase>`;
    case 'skipped':
      return `${open}>\n      <skipped ${attrs({ message: outcome.message })}/>\n    </testcase>`;
    case 'failure':
      return `${open}>\n      <failure ${attrs({ type: outcome.type, message: outcome.message })}>${escape(outcome.detail)}</failure>\n    </testcase>`;
  }
}

function exceptionNotes(run: RunReport): string | undefined {
  const lines = (run.exceptions?.entries ?? [])
    .filter((e) => e.status !== 'applied')
    .map(
      (e) =>
        `${run.exceptions!.file}: exception ${e.index}${e.line ? ` (line ${e.line})` : ''} ${e.rule} '${e.resource}' is ${e.status}: ${e.note ?? ''}`,
    );
  return lines.length ? lines.join('\n') : undefined;
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}="${escape(String(v)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}"`)
    .join(' ');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Markup characters, and what XML 1.0 cannot carry at all: C0 controls and unpaired surrogates. */

const UNSAFE =
  /[&<>"'\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** XML-escapes text in one pass, dropping the characters XML cannot carry. */
export function escape(s: string): string {
  return s.replace(UNSAFE, (c) => ENTITIES[c] ?? '');
}
