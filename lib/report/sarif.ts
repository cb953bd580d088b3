import { createHash } from 'crypto';
import { isAbsolute, relative, resolve, sep } from 'path';
import { pathToFileURL } from 'url';
import type {
  ArtifactLocation,
  Location,
  Log,
  Notification,
  ReportingDescriptor,
  Result,
  Suppression as SarifSuppression,
} from 'sarif';
import { CYBER_ESSENTIALS, INTERNET_FIRST, NCSC_CSP, TEN_STEPS } from '../../rules/frameworks';
import { Controls, ResourceLocation } from '../engine/model';
import { Rule, resourceTypesOf } from '../engine/rule';
import { ACCOUNT_TYPE, STACK_TYPE } from '../engine/template-index';
import { ReportedFinding, RunReport, SourceSite } from '../run/report';

/** GitHub maps security-severity to its scale: 7.0 and up is high, 4.0 to 6.9 medium. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0' } as const;

export interface SarifOptions {
  /** Include COMPLIANT and NOT_APPLICABLE results (kind pass / notApplicable). Code scanning does not need them. */
  readonly all?: boolean;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every evaluated rule
 * with its help and framework mappings, failing results located at the
 * template file and line, suppressed ones kept with their justification.
 */
export function sarifReport(run: RunReport, options: SarifOptions = {}): string {
  const paths: Paths = { cwd: run.cwd, base: run.sarifBase ?? run.cwd };
  const ruleIndex = new Map<string, number>();
  const rules: ReportingDescriptor[] = [...run.rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule, i) => {
      ruleIndex.set(rule.id, i);
      return descriptor(rule);
    });

  const results: Result[] = [];
  for (const f of run.findings) {
    const failing = f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA';
    if (!failing && !options.all) continue;
    results.push(result(f, ruleIndex.get(f.ruleId), paths, run.sourceSites?.get(f.resource.constructPath ?? '')));
  }
  for (const r of run.baseline?.resolved ?? []) {
    const index = ruleIndex.get(r.ruleId);
    results.push({
      ruleId: r.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      kind: 'pass',
      level: 'none',
      baselineState: 'absent',
      message: { text: `resolved since the baseline: ${where(r.resource)} was ${r.status}: ${r.message}` },
      locations: [location(r.resource, paths, false)],
      partialFingerprints: fingerprints(r.ruleId, r.resource),
    });
  }

  const notifications: Notification[] = (run.exceptions?.entries ?? [])
    .filter((e) => e.status !== 'applied')
    .map((e) => ({
      level: 'warning',
      descriptor: { id: e.status === 'expired' ? 'palisade/exception-expired' : 'palisade/exception-stale' },
      message: {
        text: `exception ${e.index} (${e.rule} on '${e.resource}', owner ${e.owner}) is ${e.status}: ${e.note ?? ''}`.trim(),
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(run.exceptions!.file, paths),
            ...(e.line ? { region: { startLine: e.line } } : {}),
          },
        },
      ],
    }));

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Palisade',
            fullName: 'Palisade: NHS / NCSC security checks for AWS CloudFormation and CDK',
            version: run.version,
            semanticVersion: run.version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            endTimeUtc: run.now.toISOString(),
            ...(notifications.length ? { toolConfigurationNotifications: notifications } : {}),
            // Rules left out by --check / --skip-check: disabled for this run, not passed.
            ...(run.notEvaluated?.length
              ? {
                  ruleConfigurationOverrides: run.notEvaluated.map((n) => ({
                    descriptor: { id: n.ruleId },
                    configuration: { enabled: false },
                    properties: { reason: n.reason },
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(paths.base).href.replace(/\/$/, '')}/` } },
        artifacts: run.inputs.map((i) => ({
          location: artifact(i.path, paths),
          ...(i.sha256 ? { hashes: { 'sha-256': i.sha256 } } : {}),
        })),
        results,
        properties: {
          ...(run.baseline
            ? {
                baseline: {
                  file: run.baseline.file,
                  new: run.baseline.new,
                  existing: run.baseline.existing,
                  resolved: run.baseline.resolved.length,
                },
              }
            : {}),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function descriptor(rule: Rule): ReportingDescriptor {
  const mappings = frameworkLines(rule.controls);
  const config = rule.configRule ? `AWS Config managed rule: ${rule.configRule}` : undefined;
  const text = [
    rule.description,
    '',
    `Fix: ${rule.remediation}`,
    '',
    'Framework mappings:',
    ...mappings.map((m) => `- ${m.framework}: ${m.controls.join('; ')}`),
    ...(config ? ['', config] : []),
  ].join('\n');
  const markdown = [
    rule.description,
    '',
    `**Fix:** ${rule.remediation}`,
    '',
    '| Framework | Controls |',
    '|---|---|',
    ...mappings.map((m) => `| ${m.framework} | ${m.controls.join('<br>')} |`),
    ...(rule.configRule ? ['', `AWS Config managed rule: \`${rule.configRule}\``] : []),
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ['security', ...tagsOf(rule.controls)],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
      resourceTypes: resourceTypesOf(rule),
      controls: rule.controls,
      ...(rule.configRule ? { configRule: rule.configRule } : {}),
    },
  };
}

function frameworkLines(c: Controls): { framework: string; controls: string[] }[] {
  const lines: { framework: string; controls: string[] }[] = [];
  if (c.ncscCsp.length)
    lines.push({
      framework: 'NCSC Cloud Security Principles',
      controls: c.ncscCsp.map((id) => `${id} ${NCSC_CSP[id] ?? ''}`.trim()),
    });
  if (c.tenSteps.length) lines.push({ framework: 'NCSC 10 Steps', controls: c.tenSteps.map((id) => TEN_STEPS[id] ?? id) });
  if (c.cyberEssentials.length)
    lines.push({ framework: 'Cyber Essentials', controls: c.cyberEssentials.map((id) => CYBER_ESSENTIALS[id] ?? id) });
  if (c.internetFirst.length)
    lines.push({
      framework: 'NHS Internet First',
      controls: c.internetFirst.map((id) => `${id} ${INTERNET_FIRST[id] ?? ''}`.trim()),
    });
  return lines;
}

/** Tags GitHub lets people filter alerts by: one per framework control. */
function tagsOf(c: Controls): string[] {
  return [
    ...c.ncscCsp.map((id) => `ncsc-csp/${id}`),
    ...c.tenSteps.map((id) => `ten-steps/${id}`),
    ...c.cyberEssentials.map((id) => `cyber-essentials/${id}`),
    ...c.internetFirst.map((id) => `internet-first/${id}`),
  ];
}

function result(f: ReportedFinding, index: number | undefined, paths: Paths, site: SourceSite | undefined): Result {
  const failing = f.status === 'NON_COMPLIANT' || f.status === 'INSUFFICIENT_DATA';
  const r: Result = {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    ...(failing ? {} : { kind: f.status === 'COMPLIANT' ? ('pass' as const) : ('notApplicable' as const) }),
    level: f.status === 'NON_COMPLIANT' ? f.severity : f.status === 'INSUFFICIENT_DATA' ? 'note' : 'none',
    message: { text: messageOf(f) },
    locations: [location(f.resource, paths, true)],
    partialFingerprints: fingerprints(f.ruleId, f.resource),
  };
  if (site) {
    // The app's own line that created the construct: what a reviewer edits, unlike the generated template.
    r.relatedLocations = [
      {
        id: 1,
        message: { text: `${f.resource.constructPath} is created here` },
        physicalLocation: {
          artifactLocation: artifact(site.file, paths),
          region: { startLine: site.line, ...(site.column ? { startColumn: site.column } : {}) },
        },
      },
    ];
  }
  if (f.baseline) r.baselineState = f.baseline === 'new' ? 'new' : 'unchanged';
  if (f.suppression) {
    const s = f.suppression;
    const suppression: SarifSuppression = {
      // An acknowledgement written in the CDK app or template is in source; the exceptions file is external to it.
      kind: s.source === 'exceptions-file' ? 'external' : 'inSource',
      status: 'accepted',
      justification: s.reason,
      properties: { source: s.source, ...(s.owner ? { owner: s.owner } : {}), ...(s.expires ? { expires: s.expires } : {}) },
    };
    r.suppressions = [suppression];
  }
  r.properties = {
    status: f.status,
    severity: f.severity,
    resourceType: f.resource.type,
    ...(f.resource.stack ? { stack: f.resource.stack } : {}),
    ...(f.resource.logicalId ? { logicalId: f.resource.logicalId } : {}),
    ...(f.resource.constructPath ? { constructPath: f.resource.constructPath } : {}),
    ...(f.configRule ? { configRule: f.configRule } : {}),
    remediation: f.remediation,
    ...(f.expiredException ? { expiredException: f.expiredException } : {}),
  };
  return r;
}

function messageOf(f: ReportedFinding): string {
  const status = f.status === 'INSUFFICIENT_DATA' ? 'needs review: ' : f.status === 'NON_COMPLIANT' ? '' : `${f.status}: `;
  const expired = f.expiredException
    ? ` (exception ${f.expiredException.index} by ${f.expiredException.owner} expired on ${f.expiredException.expires})`
    : '';
  return `[${f.ruleId}] ${where(f.resource)}: ${status}${f.message}${expired}`;
}

function where(r: ResourceLocation): string {
  if (r.type === STACK_TYPE) return `stack ${r.stack ?? ''}`.trim();
  if (r.type === ACCOUNT_TYPE) return `account and region of stack ${r.stack ?? ''}`.trim();
  return `${r.type} ${r.logicalId ?? r.arn ?? r.resourceId ?? ''}${r.stack ? ` (stack ${r.stack})` : ''}`;
}

function location(r: ResourceLocation, paths: Paths, withLine: boolean): Location {
  const loc: Location = {};
  if (r.template) {
    loc.physicalLocation = {
      artifactLocation: artifact(r.template, paths),
      // GitHub needs a region to place an annotation; a stack-wide result points at the top of its template.
      ...(withLine ? { region: { startLine: r.line ?? 1 } } : {}),
    };
  }
  const name = r.logicalId ?? r.arn ?? r.resourceId;
  if (name) {
    loc.logicalLocations = [
      { name, fullyQualifiedName: r.constructPath ?? (r.stack ? `${r.stack}/${name}` : name), kind: 'resource' },
    ];
  }
  return loc;
}

/** A stable identity for code scanning to track an alert across runs: never the line. */
function fingerprints(ruleId: string, r: ResourceLocation): Record<string, string> {
  const id = [ruleId, r.stack ?? r.account ?? '', r.logicalId ?? r.arn ?? r.resourceId ?? '', r.constructPath ?? ''].join('|');
  return { 'palisadeResource/v1': createHash('sha256').update(id).digest('hex') };
}

/** The base URIs are relative to: `--sarif-base`, by default the repository root, so code scanning finds the files. */
const SRCROOT = '%SRCROOT%';

interface Paths {
  /** Directory that the paths in the run are relative to. */
  readonly cwd: string;
  /** Directory SARIF URIs are relative to. */
  readonly base: string;
}

/** A file as SARIF locates it: relative to the base with `uriBaseId`, or an absolute file URI when outside it. */
function artifact(file: string, paths: Paths): ArtifactLocation {
  const absolute = resolve(paths.cwd, file);
  const rel = relative(paths.base, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: uriOf(rel, paths.base), uriBaseId: SRCROOT };
}

/** A path as a URI reference relative to a directory, with forward slashes. */
export function uriOf(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file)).split(sep).join('/');
  return encodeURI(rel).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
