import { Dirent, existsSync, readdirSync, realpathSync, statSync } from 'fs';
import { basename, extname, join } from 'path';
import { Template } from '../../engine/model';
import { InputError, inputError } from '../../errors';
import { loadCloudAssembly } from './cloud-assembly';
import { looksLikeTemplate, parseTemplate, readTemplateText } from './parse';
import { parseCfnYaml } from './yaml-cfn';

const TEMPLATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template']);
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Discovered {
  readonly templates: Template[];
  /** Files in scanned directories that were passed over because they are not templates. */
  readonly skipped: string[];
  /** Template files in scanned directories that could not be read, one line each; the run goes on without them. */
  readonly problems: string[];
  /** Symbolic links in scanned directories that were not followed (a loop, or a second way to a place already read), one line each. */
  readonly notes?: string[];
}

/**
 * Turns what the user named into templates: a cloud assembly (a directory with
 * manifest.json), a template file, or a directory searched for template files.
 * A file named explicitly must be a template; in a directory, other JSON/YAML is
 * passed over and counted, never silently. Symbolic links are followed; one that
 * leads back to a directory being scanned, or to a place already read, is named
 * in `notes` and not followed again.
 */
export function discoverTemplates(paths: readonly string[]): Discovered {
  const templates: Template[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw inputError(path, 'no such file or directory');
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (existsSync(join(path, 'manifest.json'))) templates.push(...loadCloudAssembly(path));
      else if (basename(path) === 'cdk.out' || existsSync(join(path, 'tree.json')) || existsSync(join(path, 'cdk.out'))) {
        throw inputError(path, 'looks like a CDK cloud assembly but has no manifest.json; run `cdk synth` again');
      } else new Scan(templates, skipped, problems, notes).directory(path, []);
    } else {
      templates.push(loadTemplateFile(path));
    }
  }
  return { templates, skipped, problems, notes };
}

export function loadTemplateFile(path: string): Template {
  return parseTemplate(readTemplateText(path), path);
}

/** One walk over a directory tree: real paths already read, so that links neither loop nor read a place twice. */
class Scan {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly templates: Template[],
    private readonly skipped: string[],
    private readonly problems: string[],
    private readonly notes: string[],
  ) {}

  /** `ancestors`: real paths of the directories above this one, to tell a loop from a second way in. */
  directory(dir: string, ancestors: readonly string[]): void {
    const real = realpathSync(dir);
    this.seen.set(real, dir);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) this.entry(entry, join(dir, entry.name), [...ancestors, real]);
  }

  private entry(entry: Dirent, path: string, ancestors: readonly string[]): void {
    const isTemplateName = TEMPLATE_EXTENSIONS.has(extname(entry.name).toLowerCase());
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(path);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (!isTemplateName) return; // a dangling link to something that would not be read anyway
        this.problems.push(inputError(path, code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link').message);
        return;
      }
    }
    if (isDirectory && SKIPPED_DIRS.has(entry.name)) return;
    if (!isDirectory && !(isFile && isTemplateName)) return;
    const real = realpathSync(path);
    if (ancestors.includes(real)) {
      this.note(path, `leads back to ${this.seen.get(real) ?? real}, a directory being scanned (a loop)`);
      return;
    }
    const first = this.seen.get(real);
    if (first !== undefined) {
      this.note(path, `the same ${isDirectory ? 'directory' : 'file'} as ${first}, already read`);
      return;
    }
    if (isDirectory) {
      if (existsSync(join(path, 'manifest.json'))) {
        this.seen.set(real, path);
        this.collect(() => this.templates.push(...loadCloudAssembly(path)));
      } else this.directory(path, ancestors);
    } else {
      this.seen.set(real, path);
      this.collect(() => {
        const text = readTemplateText(path);
        if (isTemplateText(text)) this.templates.push(parseTemplate(text, path));
        else this.skipped.push(path);
      });
    }
  }

  private note(path: string, what: string): void {
    this.notes.push(inputError(path, `not followed: ${what}`).message);
  }

  private collect(load: () => void): void {
    try {
      load();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.problems.push(e.message);
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
