import { Finding } from '../engine/model';
import { ACCOUNT_TYPE, STACK_TYPE } from '../engine/template-index';
import { ReportedFinding, RunReport } from '../run/report';
import { escapeControl as esc } from './escape';
import { frameworkSummary, summarise } from './summary';

export interface TextOptions {
  readonly colour: boolean;
  /** Show compliant and not-applicable results too. */
  readonly all?: boolean;
  /** List only these results (--quiet); the summary still counts every one. */
  readonly only?: (f: ReportedFinding) => boolean;
}

const PAINT = { red: 31, yellow: 33, green: 32, cyan: 36, dim: 2, bold: 1 } as const;
type Paint = (c: keyof typeof PAINT, s: string) => string;

/** Sections of a stack, in the order a reader should act on them. */
const SECTIONS = [
  { key: 'error', title: 'errors', colour: 'red' },
  { key: 'warning', title: 'warnings', colour: 'yellow' },
  { key: 'review', title: 'need review (INSUFFICIENT_DATA)', colour: 'yellow' },
  { key: 'suppressed', title: 'suppressed', colour: 'dim' },
  { key: 'compliant', title: 'compliant', colour: 'green' },
  { key: 'na', title: 'not applicable', colour: 'dim' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

/**
 * A terminal report: what needs attention, grouped by stack and then by
 * severity, and a summary with counts per status and per framework.
 */
export function textReport(findings: readonly Finding[], options: TextOptions, run?: Omit<RunReport, 'findings'>): string {
  const paint: Paint = (c, s) => (options.colour ? `\u001b[${PAINT[c]}m${s}\u001b[0m` : s);
  const byStack = new Map<string, { stack: string; template?: string; sections: Map<SectionKey, ReportedFinding[]> }>();
  for (const f of findings as readonly ReportedFinding[]) {
    const section = sectionOf(f);
    if (options.only ? !options.only(f) : !options.all && (section === 'compliant' || section === 'na')) continue;
    const stack = f.resource.stack ?? f.resource.account ?? '(unknown stack)';
    const key = `${stack}\u0000${f.resource.template ?? ''}`;
    let group = byStack.get(key);
    if (!group) byStack.set(key, (group = { stack, template: f.resource.template, sections: new Map() }));
    const list = group.sections.get(section);
    if (list) list.push(f);
    else group.sections.set(section, [f]);
  }

  const lines: string[] = [];
  for (const group of byStack.values()) {
    const counts = SECTIONS.filter((s) => group.sections.has(s.key)).map((s) =>
      countOf(group.sections.get(s.key)!.length, s.key),
    );
    lines.push(
      `${paint('bold', esc(group.stack))}${group.template ? paint('dim', `  ${esc(group.template)}`) : ''}  ${paint('dim', `(${counts.join(', ')})`)}`,
    );
    for (const section of SECTIONS) {
      const list = group.sections.get(section.key);
      if (!list) continue;
      lines.push(`  ${paint(section.colour, section.title)}`);
      list.sort((a, b) => (a.resource.line ?? 0) - (b.resource.line ?? 0) || a.ruleId.localeCompare(b.ruleId));
      for (const f of list) lines.push(...describe(f, paint));
    }
    lines.push('');
  }

  lines.push(...summaryLines(findings as readonly ReportedFinding[], paint, run));
  return lines.join('\n') + '\n';
}

const NOUNS: Record<SectionKey, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  review: ['to review', 'to review'],
  suppressed: ['suppressed', 'suppressed'],
  compliant: ['compliant', 'compliant'],
  na: ['not applicable', 'not applicable'],
};

function countOf(n: number, key: SectionKey): string {
  return `${n} ${NOUNS[key][n === 1 ? 0 : 1]}`;
}

function sectionOf(f: ReportedFinding): SectionKey {
  if (f.suppression) return 'suppressed';
  if (f.status === 'NON_COMPLIANT') return f.severity;
  if (f.status === 'INSUFFICIENT_DATA') return 'review';
  return f.status === 'COMPLIANT' ? 'compliant' : 'na';
}

function describe(f: ReportedFinding, paint: Paint): string[] {
  const r = f.resource;
  const what =
    r.type === STACK_TYPE
      ? 'whole stack'
      : r.type === ACCOUNT_TYPE
        ? `account ${r.account ?? '(not bound)'} in ${r.region ?? 'a region not known'}`
        : `${r.type} ${r.logicalId ?? r.arn ?? r.resourceId ?? ''}`.trim();
  // Everything here may come from the template: escaped, so that it cannot drive the terminal or forge a line.
  // a runtime result also names the deployed resource, where its stack's logical id was shown
  const deployed = r.template === undefined && r.logicalId && r.type !== ACCOUNT_TYPE ? (r.arn ?? r.resourceId ?? '') : '';
  const where = esc([what, r.line ? `line ${r.line}` : '', r.constructPath ?? '', deployed].filter(Boolean).join(' · '));
  const tag = f.baseline === 'new' ? paint('cyan', ' [new]') : f.baseline === 'existing' ? paint('dim', ' [existing]') : '';
  const out = [`    ${paint('bold', f.ruleId)}  ${where}${tag}`, `        ${esc(f.message)}`];
  if (f.suppression) {
    const s = f.suppression;
    const who = [s.owner && `owner ${s.owner}`, s.expires && `until ${s.expires}`, s.source].filter(Boolean).join(', ');
    out.push(paint('dim', `        suppressed: ${esc(`${s.reason} (${who})`)}`));
  } else if (f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA') {
    if (f.expiredException) {
      const e = f.expiredException;
      out.push(paint('yellow', `        exception ${e.index} expired on ${e.expires} (owner ${esc(e.owner)}): ${esc(e.reason)}`));
    }
    if (f.ignoredSuppression) {
      const s = f.ignoredSuppression;
      out.push(paint('yellow', `        suppression not honoured (${s.source}): ${esc(s.reason)}; ${esc(s.why)}`));
    }
    out.push(paint('dim', `        fix: ${f.remediation}`));
  }
  return out;
}

function summaryLines(findings: readonly ReportedFinding[], paint: Paint, run?: Omit<RunReport, 'findings'>): string[] {
  const s = summarise(findings);
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.status !== 'NON_COMPLIANT' || f.suppression) continue;
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  const lines = [
    `${s.resources} resources checked, ${findings.length} results: ` +
      `${paint(s.NON_COMPLIANT ? 'red' : 'green', `${s.NON_COMPLIANT} non-compliant`)} (${errors} error, ${warnings} warning), ` +
      `${paint(s.INSUFFICIENT_DATA ? 'yellow' : 'green', `${s.INSUFFICIENT_DATA} need review`)}, ` +
      `${paint('green', `${s.COMPLIANT} compliant`)}, ${s.NOT_APPLICABLE} not applicable, ${s.suppressed} suppressed`,
  ];
  const frameworks = frameworkSummary(findings);
  if (frameworks.length) lines.push(frameworks.map((c) => `${c.name} ${c.failing} failing / ${c.checked} checked`).join(' · '));
  if (run?.baseline) {
    const b = run.baseline;
    lines.push(`baseline ${b.file}: ${b.new} new, ${b.existing} existing, ${b.resolved.length} resolved`);
    const shown = b.resolved.slice(0, 20);
    for (const r of shown)
      lines.push(
        paint(
          'green',
          esc(
            `  resolved: [${r.ruleId}] ${r.resource.type} ${r.resource.logicalId ?? r.resource.arn ?? ''}${r.resource.stack ? ` (stack ${r.resource.stack})` : ''}`,
          ),
        ),
      );
    if (b.resolved.length > shown.length)
      lines.push(`  … and ${b.resolved.length - shown.length} more resolved (see --format json)`);
  }
  if (run?.notEvaluated?.length) {
    const skipped = run.notEvaluated.filter((n) => n.reason.includes('--skip-check')).map((n) => n.ruleId);
    const unselected = run.notEvaluated.length - skipped.length;
    lines.push(
      paint(
        'yellow',
        `not evaluated: ${[skipped.length ? `${skipped.join(', ')} (--skip-check)` : '', unselected ? `${unselected} rule(s) not selected by --check` : ''].filter(Boolean).join('; ')}`,
      ),
    );
  }
  if (run?.coverage && !run.coverage.complete) {
    lines.push(
      paint('yellow', `incomplete: ${run.coverage.gaps.length} scope(s) could not be read, so nothing there was checked`),
    );
    for (const g of run.coverage.gaps)
      lines.push(
        paint(
          'yellow',
          `  ${g.account}/${g.region}${g.resourceType ? ` ${g.resourceType}` : ''}: ${g.reason}${g.action ? ` (needs ${g.action})` : ''}`,
        ),
      );
  }
  if (run?.configRules) {
    const c = run.configRules;
    lines.push(
      `AWS Config managed rules: ${c.rules.length} read, ${c.agreed} result(s) agree, ${c.differences.length} differ, ${c.onlyAws} evaluated by AWS Config only`,
    );
    for (const d of c.differences)
      lines.push(
        paint(
          'yellow',
          esc(
            `  ${d.ruleId} / ${d.configRuleName}: ${d.resourceType} ${d.arn ?? d.resourceId} (${d.account}/${d.region}): AWS Config ${d.aws}, Palisade ${d.palisade}`,
          ),
        ),
      );
  }
  if (run?.exceptions) {
    const e = run.exceptions.entries;
    const count = (status: string) => e.filter((x) => x.status === status).length;
    lines.push(
      `exceptions ${run.exceptions.file}: ${count('applied')} applied, ${count('expired')} expired, ${count('stale')} stale`,
    );
  }
  return lines;
}
