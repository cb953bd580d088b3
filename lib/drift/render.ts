import { relative } from 'path';
import { escapeControl } from '../report/escape';
import { DriftExceptionOutcome } from './accepted';
import { Drift, DriftKind, DriftReport } from './model';

export type DriftFailOn = 'error' | 'warning' | 'none';

/** Whether a drift fails the run: accepted drift and resolved results never do. */
export function failsGate(d: Drift, failOn: DriftFailOn): boolean {
  if (d.suppression || failOn === 'none' || d.change === 'resolved') return false;
  return failOn === 'warning' || d.severity === 'error';
}

export interface RenderContext {
  readonly report: DriftReport;
  readonly failOn: DriftFailOn;
  readonly version: string;
  readonly now: Date;
  readonly cwd: string;
  readonly exceptions?: { readonly file: string; readonly entries: readonly DriftExceptionOutcome[] };
}

const KINDS: readonly DriftKind[] = ['intent', 'missing', 'unmanaged', 'verdict'];
const TITLES: Record<DriftKind, string> = {
  intent: 'Intent drift: the deployed resource is judged otherwise than its template',
  missing: 'Missing: declared, not deployed',
  unmanaged: 'Unmanaged: deployed, declared by no checked stack',
  verdict: 'Verdict drift between the two reports',
};

/** The run's outcome in one line, as the exit code says it. */
export function outcome(ctx: RenderContext): string {
  const failing = ctx.report.drift.filter((d) => failsGate(d, ctx.failOn)).length;
  const gate =
    ctx.failOn === 'none'
      ? 'passed: --fail-on none'
      : failing
        ? `failed: ${failing} drift(s) at or above --fail-on ${ctx.failOn}`
        : `passed: no drift at or above --fail-on ${ctx.failOn}`;
  const gaps = ctx.report.coverage.gaps.length;
  return ctx.report.coverage.complete ? gate : `incomplete: ${gaps} scope(s) could not be read; ${gate}`;
}

export function textReport(ctx: RenderContext): string {
  const { report } = ctx;
  const lines: string[] = [];
  for (const kind of KINDS) {
    const list = report.drift.filter((d) => d.kind === kind);
    if (!list.length) continue;
    lines.push(`${TITLES[kind]} (${list.length})`);
    if (kind === 'unmanaged') {
      for (const type of [...new Set(list.map((d) => d.resource.type))]) {
        const ofType = list.filter((d) => d.resource.type === type);
        lines.push(`  ${type} (${ofType.length})`);
        for (const d of ofType) lines.push(`    ${line(d, `${place(d)}${d.message.slice(type.length + 1)}`)}`);
      }
    } else {
      for (const d of list)
        lines.push(`  ${line(d, kind === 'intent' ? `${where(d)}: ${d.message}` : `${place(d)}${d.message}`)}`);
    }
    lines.push('');
  }
  if (!report.drift.length) lines.push('No drift found.', '');
  const s = report.stats;
  const counted = [
    s.items !== undefined && `${s.items} deployed item(s) read`,
    s.merged && `${s.merged} copies of multi-region resources merged`,
    s.matched !== undefined && `${s.matched} matched to checked stacks`,
    s.compared !== undefined && `${s.compared} rule/resource pair(s) compared`,
    s.notComparable && `${s.notComparable} not comparable (a fact undecided on one side)`,
    s.awsDefaults && `${s.awsDefaults} AWS-created default(s) left out`,
    s.allowListed && `${s.allowListed} allow-listed by --allow-unmanaged`,
    s.notAttributable &&
      `${s.notAttributable} untagged item(s) not attributable (CloudFormation cannot tag their type; counted against as many declared resources not found)`,
    s.nested && `${s.nested} in nested stacks, not compared`,
  ].filter(Boolean);
  if (counted.length) lines.push(counted.join('; '));
  if (report.comparedRules.length)
    lines.push(`Rules compared for intent drift (${report.comparedRules.length}): ${report.comparedRules.join(', ')}`);
  for (const gap of report.coverage.gaps) {
    lines.push(
      `Not read: ${gap.account}/${gap.region}${gap.resourceType ? ` ${gap.resourceType}` : ''}: ${gap.reason}${gap.action ? ` (needs ${gap.action})` : ''}`,
    );
  }
  lines.push(outcome(ctx));
  return lines.map(escapeControl).join('\n') + '\n';
}

function line(d: Drift, text: string): string {
  const mark = d.suppression
    ? `[accepted until ${d.suppression.expires}: ${d.suppression.reason} (${d.suppression.owner})] `
    : d.expiredException
      ? `[exception expired ${d.expiredException.expires}] `
      : '';
  return `${d.severity === 'error' ? 'E' : 'W'} ${mark}${text}`;
}

function where(d: Drift): string {
  const r = d.resource;
  return `${r.type} ${r.stack}/${r.logicalId} (${r.arn ?? r.resourceId}, ${r.account}/${r.region})`;
}

function place(d: Drift): string {
  const r = d.resource;
  return r.account ? `[${r.account}/${r.region}] ` : '';
}

export function jsonReport(ctx: RenderContext): string {
  const { report } = ctx;
  const count = (k: DriftKind) => report.drift.filter((d) => d.kind === k).length;
  return (
    JSON.stringify(
      {
        tool: { name: 'palisade', version: ctx.version },
        generatedAt: ctx.now.toISOString(),
        inputs: report.inputs,
        summary: {
          intent: count('intent'),
          unmanaged: count('unmanaged'),
          missing: count('missing'),
          verdict: count('verdict'),
          accepted: report.drift.filter((d) => d.suppression).length,
          failing: report.drift.filter((d) => failsGate(d, ctx.failOn)).length,
        },
        stats: report.stats,
        comparedRules: report.comparedRules,
        coverage: { complete: report.coverage.complete, gaps: report.coverage.gaps },
        drift: report.drift,
        ...(ctx.exceptions ? { exceptions: ctx.exceptions } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

/** SARIF 2.1.0: one result per drift, on the template line's file where there is one, else on the resource's ARN. */
export function sarifReport(ctx: RenderContext): string {
  const ruleOf = (d: Drift) => (d.ruleId ? `${d.kind}/${d.ruleId}` : d.kind);
  const ids = [...new Set(ctx.report.drift.map(ruleOf))].sort();
  const results = ctx.report.drift.map((d) => ({
    ruleId: ruleOf(d),
    level: d.change === 'resolved' ? 'note' : d.severity === 'error' ? 'error' : 'warning',
    message: { text: d.message },
    locations: [
      {
        ...(d.resource.template
          ? { physicalLocation: { artifactLocation: { uri: relative(ctx.cwd, d.resource.template).split('\\').join('/') } } }
          : {}),
        logicalLocations: [
          {
            name: d.resource.logicalId ?? d.resource.resourceId ?? d.resource.type,
            fullyQualifiedName: d.resource.arn ?? [d.resource.stack, d.resource.logicalId].filter(Boolean).join('/'),
            kind: 'resource',
          },
        ],
      },
    ],
    ...(d.suppression ? { suppressions: [{ kind: 'external', justification: d.suppression.reason }] } : {}),
  }));
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'palisade-drift',
                version: ctx.version,
                rules: ids.map((id) => ({ id, shortDescription: { text: id.replace('/', ' drift: ') } })),
              },
            },
            results,
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}
