import { basename } from 'path';
import { CoverageGap, Finding, STATUSES } from '../engine/model';
import { InputError, inputError } from '../errors';
import { sha256 } from '../report/json';
import { ReportInput } from '../run/report';
import { FRAMEWORK_ORDER, isKnownControl } from './controls';

/** Where a result came from: a template at synth time, or a deployed resource at runtime. */
export type Source = 'synth' | 'runtime';

export type EvidenceResult = Finding & {
  readonly source: Source;
  /** The findings file it was read from. */
  readonly file: string;
  readonly expiredException?: { reason: string; owner: string; expires: string };
};

/** One findings report (`palisade check|scan --format json`), checked and hashed. */
export interface FindingsFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly tool: { name: string; version: string };
  readonly generatedAt: string;
  readonly inputs: readonly ReportInput[];
  /** Absent in `check` reports; a `scan` with gaps is incomplete. */
  readonly coverage?: { complete: boolean; gaps: readonly CoverageGap[] };
  readonly results: readonly EvidenceResult[];
}

/**
 * Reads a findings report. Anything that is not the findings contract is bad
 * input, named in one line: the evidence must not rest on a guess about its shape.
 */
export function parseFindings(path: string, content: Buffer): FindingsFile {
  const bad = (problem: string) => inputError(path, problem);
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(content.toString('utf8'));
  } catch (e) {
    throw bad(`not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isObject(doc) || !Array.isArray(doc.results))
    throw bad('not a Palisade findings report (expected the JSON of `palisade check --format json`, with `results`)');
  const tool = doc.tool as Record<string, unknown> | undefined;
  if (!isObject(tool) || tool.name !== 'palisade' || typeof tool.version !== 'string')
    throw bad('`tool` must be {"name": "palisade", "version": …}');
  if (typeof doc.generatedAt !== 'string' || Number.isNaN(Date.parse(doc.generatedAt)))
    throw bad('`generatedAt` must be an ISO-8601 date');
  const inputs = Array.isArray(doc.inputs) ? doc.inputs : [];
  inputs.forEach((input, i) => {
    if (!isObject(input) || typeof input.path !== 'string') throw bad(`inputs[${i}]: needs a path`);
  });
  const results = (doc.results as unknown[]).map((r, i) => result(r, `results[${i}]`, path));
  return {
    path,
    sha256: sha256(content),
    bytes: content.length,
    tool: { name: 'palisade', version: tool.version },
    generatedAt: doc.generatedAt,
    inputs: inputs as ReportInput[],
    coverage: doc.coverage === undefined ? undefined : coverage(doc.coverage, path),
    results,
  };
}

function result(value: unknown, where: string, file: string): EvidenceResult {
  const bad = (problem: string): InputError => inputError(file, `${where}: ${problem}`);
  if (!isObject(value)) throw bad('must be an object');
  if (typeof value.ruleId !== 'string' || value.ruleId === '') throw bad('ruleId is missing');
  if (!STATUSES.includes(value.status as never))
    throw bad(`status '${String(value.status)}' is not one of ${STATUSES.join(', ')}`);
  const resource = value.resource as Record<string, unknown>;
  if (!isObject(resource) || typeof resource.type !== 'string') throw bad('resource.type is missing');
  if (!resource.logicalId && !resource.arn && !resource.resourceId)
    throw bad('resource needs a logicalId (template) or an arn or resourceId (deployed resource)');
  const controls = value.controls as Record<string, unknown>;
  if (!isObject(controls)) throw bad('controls is missing');
  for (const framework of FRAMEWORK_ORDER) {
    const ids = controls[framework] ?? [];
    if (!Array.isArray(ids)) throw bad(`controls.${framework} must be a list`);
    for (const id of ids) {
      if (typeof id !== 'string' || !isKnownControl(framework, id))
        throw bad(`controls.${framework}: unknown control id '${String(id)}'`);
    }
  }
  const suppression = value.suppression as Record<string, unknown> | undefined;
  if (suppression !== undefined && (!isObject(suppression) || typeof suppression.reason !== 'string'))
    throw bad('suppression needs a reason');
  // A result read from a template names its template; a deployed resource has none.
  const source = resource.template === undefined && (resource.arn || resource.resourceId) ? 'runtime' : 'synth';
  return {
    ...(value as unknown as Finding),
    controls: {
      ncscCsp: (controls.ncscCsp ?? []) as string[],
      tenSteps: (controls.tenSteps ?? []) as never[],
      cyberEssentials: (controls.cyberEssentials ?? []) as never[],
      internetFirst: (controls.internetFirst ?? []) as never[],
    },
    message: typeof value.message === 'string' ? value.message : '',
    source,
    file: basename(file),
  };
}

function coverage(value: unknown, file: string): FindingsFile['coverage'] {
  const bad = (problem: string) => inputError(file, `coverage: ${problem}`);
  if (!isObject(value) || typeof value.complete !== 'boolean') throw bad('must be {complete: boolean, gaps: [...]}');
  const gaps = value.gaps ?? [];
  if (!Array.isArray(gaps)) throw bad('gaps must be a list');
  gaps.forEach((g, i) => {
    if (!isObject(g) || typeof g.account !== 'string' || typeof g.region !== 'string' || typeof g.reason !== 'string')
      throw bad(`gaps[${i}] needs account, region and reason`);
  });
  // A report that says it is complete while listing gaps is read as incomplete: never the kinder reading.
  return { complete: value.complete && gaps.length === 0, gaps: gaps as CoverageGap[] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
