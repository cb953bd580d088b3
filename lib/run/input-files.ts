import { existsSync } from 'fs';
import { join } from 'path';
import { Template } from '../engine/model';
import { InputError } from '../errors';
import { escapeControl } from '../report/escape';
import { readTextFile } from '../sources/template/read-file';

/** Past these sizes a file is not one a person or `palisade check` wrote. */
const LIMITS: Record<string, number> = {
  'exceptions file': 16 * 1024 * 1024,
  baseline: 256 * 1024 * 1024,
};

/** An exceptions file or a baseline: a regular file, UTF-8 (a byte-order mark is dropped), within its size limit. */
export function readInput(file: string, what: 'exceptions file' | 'baseline', name = file): string {
  return readTextFile(file, { what, name, limit: LIMITS[what] });
}

/**
 * Nothing to check is not a pass: an empty directory, an assembly without
 * stacks, or every template passed over with --skip-invalid is refused.
 */
export function requireTemplates(templates: readonly Template[], paths: readonly string[], problems: readonly string[]): void {
  if (templates.length > 0) return;
  const passedOver = problems.length ? ` (${problems.length} passed over with --skip-invalid)` : '';
  throw new InputError(`no CloudFormation templates found in ${paths.map(escapeControl).join(', ')}${passedOver}`);
}

/** Every file this run reads, so that no report is written over one of them. */
export function inputFilesOf(paths: readonly string[], templates: readonly Template[]): string[] {
  const files = [...paths, ...templates.map((t) => t.file)];
  for (const path of paths) if (existsSync(join(path, 'manifest.json'))) files.push(join(path, 'manifest.json'));
  return files;
}
