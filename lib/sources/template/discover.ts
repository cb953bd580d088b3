import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { basename, extname, join } from 'path';
import { Template } from '../../engine/model';
import { InputError, inputError } from '../../errors';
import { loadCloudAssembly } from './cloud-assembly';
import { MAX_TEMPLATE_BYTES, looksLikeTemplate, parseTemplate } from './parse';
import { parseCfnYaml } from './yaml-cfn';

const TEMPLATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template']);
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Discovered {
  readonly templates: Template[];
  /** Files in scanned directories that were passed over because they are not templates. */
  readonly skipped: string[];
  /** Template files in scanned directories that could not be read, one line each; the run goes on without them. */
  readonly problems: string[];
}

/**
 * Turns what the user named into templates: a cloud assembly (a directory with
 * manifest.json), a template file, or a directory searched for template files.
 * A file named explicitly must be a template; in a directory, other JSON/YAML is
 * passed over and counted, never silently.
 */
export function discoverTemplates(paths: readonly string[]): Discovered {
  const templates: Template[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw inputError(path, 'no such file or directory');
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (existsSync(join(path, 'manifest.json'))) templates.push(...loadCloudAssembly(path));
      else if (basename(path) === 'cdk.out' || existsSync(join(path, 'tree.json')) || existsSync(join(path, 'cdk.out'))) {
        throw inputError(path, 'looks like a CDK cloud assembly but has no manifest.json; run `cdk synth` again');
      } else scanDirectory(path, templates, skipped, problems);
    } else {
      templates.push(loadTemplateFile(path));
    }
  }
  return { templates, skipped, problems };
}

export function loadTemplateFile(path: string): Template {
  return parseTemplate(readText(path), path);
}

function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_TEMPLATE_BYTES) {
    throw inputError(
      path,
      `template is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_TEMPLATE_BYTES / 1048576} MB limit (CloudFormation itself accepts at most 1 MB)`,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (text.includes('\u0000')) throw inputError(path, 'is a binary file, not a template');
  return text;
}

function scanDirectory(dir: string, templates: Template[], skipped: string[], problems: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      if (existsSync(join(path, 'manifest.json'))) collect(problems, () => templates.push(...loadCloudAssembly(path)));
      else scanDirectory(path, templates, skipped, problems);
    } else if (entry.isFile() && TEMPLATE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      collect(problems, () => {
        const text = readText(path);
        if (isTemplateText(text)) templates.push(parseTemplate(text, path));
        else skipped.push(path);
      });
    }
  }
}

/** A cheap look before the full parse: does this file declare Resources or a template version? */
function isTemplateText(text: string): boolean {
  if (!/\b(Resources|AWSTemplateFormatVersion)\b/.test(text)) return false;
  if (/^\s*[{[]/.test(text)) {
    try {
      return looksLikeTemplate(JSON.parse(text));
    } catch {
      return true; // let the full parse report the syntax error
    }
  }
  try {
    return looksLikeTemplate(parseCfnYaml(text).value);
  } catch {
    return true;
  }
}

function collect(problems: string[], load: () => void): void {
  try {
    load();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(e.message);
  }
}
