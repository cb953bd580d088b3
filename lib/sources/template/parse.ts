import { basename, extname } from 'path';
import { RawResource, Template, TemplateBody } from '../../engine/model';
import { UnprocessedPart, expandLanguageExtensions, takeSectionTransforms } from '../../engine/transforms';
import { inputError } from '../../errors';
import { escapeControl, hasControl } from '../../report/escape';
import { jsonErrorPosition } from './json-error';
import { resourceLines } from './json-lines';
import { readTextFile, stripBom } from './read-file';
import { parseCfnYaml } from './yaml-cfn';

/** CloudFormation accepts 1 MB through S3; past this a file is not a template anyone deploys. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

export interface ParseOptions {
  readonly stack?: string;
  readonly account?: string;
  readonly region?: string;
  readonly constructPaths?: Map<string, string>;
  readonly acknowledgements?: Template['acknowledgements'];
  readonly parent?: string;
  readonly tags?: Record<string, string>;
  /** The stack's construct path, in a CDK app. */
  readonly constructPath?: string;
}

/** The text of a template file: a regular file, UTF-8, within the size limit. */
export function readTemplateText(path: string): string {
  return readTextFile(path, { what: 'template', limit: MAX_TEMPLATE_BYTES, why: 'CloudFormation itself accepts at most 1 MB' });
}

/** Parses JSON or YAML template text into a Template; every problem is one line naming the file. */
export function parseTemplate(text: string, file: string, options: ParseOptions = {}): Template {
  text = stripBom(text);
  if (text.length > MAX_TEMPLATE_BYTES) {
    throw inputError(
      file,
      `template is ${(text.length / 1048576).toFixed(1)} MB, over the ${MAX_TEMPLATE_BYTES / 1048576} MB limit (CloudFormation itself accepts at most 1 MB)`,
    );
  }
  const isJson = /^\s*[{[]/.test(text);
  let value: unknown;
  let lines: Map<string, number>;
  try {
    if (isJson) {
      value = JSON.parse(text);
      lines = new Map();
    } else {
      ({ value, lines } = parseCfnYaml(text));
    }
  } catch (e) {
    // The position only: the parser's own message may quote the text around the error, and a broken template can hold a secret there.
    const problem = isJson ? jsonErrorPosition(text) : (e as Error).message.split('\n')[0];
    throw inputError(file, `not valid ${isJson ? 'JSON' : 'YAML'}: ${escapeControl(problem)}`);
  }
  const unprocessed: UnprocessedPart[] = [];
  if (isObject(value)) {
    const expanded = expandLanguageExtensions(value);
    value = expanded.body;
    unprocessed.push(...expanded.unexpanded);
    takeSectionTransforms(value as Record<string, unknown>, unprocessed);
  }
  const body = checkBody(value, file);
  if (isJson) lines = resourceLines(text, Object.keys(body.Resources));
  return {
    stack: options.stack ?? stackNameOf(file),
    file,
    body,
    lines,
    constructPaths: options.constructPaths ?? cdkPathsOf(body),
    acknowledgements: options.acknowledgements,
    account: options.account,
    region: options.region,
    tags: options.tags,
    parent: options.parent,
    constructPath: options.constructPath,
    unprocessed: unprocessed.length ? unprocessed : undefined,
  };
}

/** Whether parsed text looks like a CloudFormation template at all (used when scanning directories). */
export function looksLikeTemplate(value: unknown): boolean {
  return isObject(value) && ('Resources' in value || 'AWSTemplateFormatVersion' in value);
}

function checkBody(value: unknown, file: string): TemplateBody {
  if (!isObject(value)) throw inputError(file, 'not a CloudFormation template: the top level is not a mapping');
  if (!('Resources' in value)) {
    throw inputError(file, 'not a CloudFormation template: it has no Resources section');
  }
  const resources = value.Resources;
  if (Array.isArray(resources))
    throw inputError(file, 'Resources is a list; CloudFormation needs a mapping of logical ids to resources');
  if (!isObject(resources)) throw inputError(file, 'Resources is not a mapping of logical ids to resources');
  for (const [id, r] of Object.entries(resources)) {
    // Logical ids are alphanumeric in CloudFormation; one with control characters is an attempt on the terminal or the log.
    if (hasControl(id)) throw inputError(file, `resource "${escapeControl(id)}": a logical id cannot hold control characters`);
    if (!isObject(r)) throw inputError(file, `resource ${id} is not a mapping`);
    if (typeof r.Type !== 'string' || r.Type === '') throw inputError(file, `resource ${id} has no Type`);
    // `Properties:` with nothing after it is YAML null; CloudFormation reads it as no properties.
    if (r.Properties === null) delete r.Properties;
    if (r.Properties !== undefined && !isObject(r.Properties)) {
      throw inputError(file, `resource ${id} (${escapeControl(r.Type)}): Properties is not a mapping`);
    }
  }
  return value as unknown as TemplateBody;
}

function cdkPathsOf(body: TemplateBody): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [id, r] of Object.entries(body.Resources) as [string, RawResource][]) {
    const p = r.Metadata?.['aws:cdk:path'];
    if (typeof p === 'string') paths.set(id, p);
  }
  return paths;
}

function stackNameOf(file: string): string {
  return basename(file, extname(file)).replace(/\.template$/, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
