import { Finding } from '../engine/model';
import { summarise } from './summary';

export interface TextOptions {
  readonly colour: boolean;
  /** Show compliant and not-applicable results too. */
  readonly all?: boolean;
}

const PAINT = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

/** A terminal report: what needs attention, grouped by stack, then one summary line. */
export function textReport(findings: readonly Finding[], options: TextOptions): string {
  const paint = (c: keyof typeof PAINT, s: string) => (options.colour ? `\u001b[${PAINT[c]}m${s}\u001b[0m` : s);
  const shown = findings.filter((f) => options.all || f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA');
  const byStack = new Map<string, Finding[]>();
  for (const f of shown) {
    const key = f.resource.stack ?? f.resource.account ?? '(unknown stack)';
    byStack.set(key, [...(byStack.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [stack, list] of byStack) {
    lines.push(paint('bold', `${stack}`) + paint('dim', ` (${list[0].resource.template ?? ''})`));
    list.sort((a, b) => rank(a) - rank(b) || (a.resource.line ?? 0) - (b.resource.line ?? 0));
    for (const f of list) {
      const label = f.suppression
        ? paint('dim', 'suppressed')
        : f.status === 'NON_COMPLIANT'
          ? paint(f.severity === 'error' ? 'red' : 'yellow', f.severity)
          : f.status === 'INSUFFICIENT_DATA'
            ? paint('yellow', 'review')
            : paint('green', 'ok');
      const where = `${f.resource.type} ${f.resource.logicalId ?? f.resource.arn}${f.resource.line ? `:${f.resource.line}` : ''}`;
      lines.push(`  ${label.padEnd(options.colour ? 19 : 10)} [${f.ruleId}] ${where}: ${f.message}`);
      if (f.suppression) lines.push(paint('dim', `             suppressed: ${f.suppression.reason}`));
      else if (f.status === 'NON_COMPLIANT') lines.push(paint('dim', `             fix: ${f.remediation}`));
    }
    lines.push('');
  }
  const s = summarise(findings);
  lines.push(
    `${s.resources} resources, ${findings.length} checks: ` +
      `${paint('red', `${s.NON_COMPLIANT} non-compliant`)}, ${paint('yellow', `${s.INSUFFICIENT_DATA} need review`)}, ` +
      `${paint('green', `${s.COMPLIANT} compliant`)}, ${s.NOT_APPLICABLE} not applicable, ${s.suppressed} suppressed`,
  );
  return lines.join('\n') + '\n';
}

function rank(f: Finding): number {
  if (f.suppression) return 4;
  if (f.status === 'NON_COMPLIANT') return f.severity === 'error' ? 0 : 1;
  return f.status === 'INSUFFICIENT_DATA' ? 2 : 3;
}
