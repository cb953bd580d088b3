import { existsSync, realpathSync, statSync } from 'fs';
import { isAbsolute, join, relative, resolve, sep } from 'path';
import { Acknowledgement, Template } from '../../engine/model';
import { inputError } from '../../errors';
import { escapeControl } from '../../report/escape';
import { jsonErrorPosition } from './json-error';
import { parseTemplate, readTemplateText } from './parse';
import { readTextFile } from './read-file';

interface ManifestArtifact {
  type?: string;
  environment?: string;
  displayName?: string;
  properties?: { templateFile?: string; directoryName?: string; tags?: Record<string, string> };
  metadata?: Record<string, MetadataEntry[]>;
  additionalMetadataFile?: string;
}

interface MetadataEntry {
  type: string;
  data?: unknown;
}

const ACKNOWLEDGED = 'aws:cdk:acknowledged-rules';
/** A manifest (or metadata file) larger than this is not one `cdk synth` wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * Every stack of a CDK cloud assembly: the manifest names them, stage
 * sub-assemblies are followed, and nested stacks are found through the
 * `aws:cdk:templateFile` metadata CDK records for them. Every file the
 * manifest names must lie inside the assembly (a manifest from a pull request
 * could name ../../etc/passwd), and a sub-assembly that leads back to one being
 * read is refused rather than followed for ever.
 */
export function loadCloudAssembly(dir: string): Template[] {
  return new AssemblyReader(dir).load(dir, []);
}

class AssemblyReader {
  /** Real path of the outermost assembly: nothing outside it is read. */
  private readonly root: string;

  constructor(dir: string) {
    this.root = realpathSync(dir);
  }

  load(dir: string, reading: readonly string[]): Template[] {
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) throw inputError(dir, 'cloud assembly has no manifest.json; run `cdk synth` first');
    const real = realpathSync(dir);
    if (reading.includes(real)) {
      throw inputError(manifestPath, `nested cloud assembly ${escapeControl(dir)} leads back to an assembly being read (a loop)`);
    }
    const manifest = this.json(manifestPath, 'manifest');
    if (!isObject(manifest)) throw inputError(manifestPath, `manifest is ${kind(manifest)}, not a mapping`);
    const artifacts = manifest.artifacts;
    if (artifacts !== undefined && !isObject(artifacts)) {
      throw inputError(manifestPath, `artifacts is ${kind(artifacts)}; a manifest's artifacts are a mapping of ids`);
    }
    const templates: Template[] = [];
    for (const [id, value] of Object.entries(artifacts ?? {})) {
      const artifact = checkArtifact(value, `artifacts.${escapeControl(id)}`, manifestPath);
      const properties = artifact.properties;
      if (artifact.type === 'cdk:cloud-assembly' && properties?.directoryName !== undefined) {
        const sub = this.inside(
          dir,
          properties.directoryName,
          manifestPath,
          `artifacts.${escapeControl(id)}.properties.directoryName`,
        );
        templates.push(...this.load(sub, [...reading, real]));
      } else if (artifact.type === 'aws:cloudformation:stack' && properties?.templateFile !== undefined) {
        templates.push(...this.stack(dir, id, artifact, manifestPath));
      }
    }
    return templates;
  }

  private stack(dir: string, id: string, artifact: ManifestArtifact, manifestPath: string): Template[] {
    const metadata = this.metadata(dir, id, artifact, manifestPath);
    const [account, region] = environmentOf(artifact.environment);
    const stackName = artifact.displayName ?? id;
    const templateFile = artifact.properties!.templateFile!;
    const stackPath = Object.entries(metadata).find(([, entries]) =>
      entries.some((e) => e.type === 'aws:cdk:templateFile' && e.data === templateFile),
    )?.[0];

    // Every stack in this artifact (the stack itself and its nested stacks), by construct path.
    const scopes = new Map<string, { file: string; field: string; paths: Map<string, string> }>();
    scopes.set(stackPath ?? '', { file: templateFile, field: `artifacts.${id}.properties.templateFile`, paths: new Map() });
    for (const [path, entries] of Object.entries(metadata)) {
      for (const e of entries) {
        if (e.type === 'aws:cdk:templateFile' && path !== stackPath && typeof e.data === 'string') {
          scopes.set(path, { file: e.data, field: `metadata ${path} aws:cdk:templateFile`, paths: new Map() });
        }
      }
    }
    const scopeOf = (path: string) => {
      let best = '';
      for (const p of scopes.keys()) if (p !== '' && path.startsWith(p + '/') && p.length > best.length) best = p;
      return scopes.get(best || (stackPath ?? ''))!;
    };
    const acks: Acknowledgement[] = [];
    for (const [path, entries] of Object.entries(metadata)) {
      for (const e of entries) {
        if (e.type === 'aws:cdk:logicalId' && typeof e.data === 'string') scopeOf(path).paths.set(e.data, trimSlash(path));
        if (e.type === ACKNOWLEDGED && isObject(e.data)) {
          for (const [key, reason] of Object.entries(e.data)) {
            acks.push({ path: trimSlash(path), ruleId: key.replace(/^annotation::/i, ''), reason: String(reason ?? '') });
          }
        }
      }
    }
    const templates: Template[] = [];
    for (const [path, scope] of scopes) {
      const file = this.inside(dir, scope.file, manifestPath, escapeControl(scope.field));
      if (!existsSync(file)) throw inputError(file, `template named by ${manifestPath} does not exist`);
      if (statSync(file).isDirectory()) {
        throw inputError(
          manifestPath,
          `${escapeControl(scope.field)} names ${escapeControl(scope.file)}, a directory, not a template file`,
        );
      }
      const nested = path !== (stackPath ?? '');
      templates.push(
        parseTemplate(readTemplateText(file), file, {
          stack: nested ? `${stackName}/${trimSlash(path).split('/').slice(1).join('/')}` : stackName,
          account,
          region,
          constructPaths: scope.paths,
          acknowledgements: acks,
          // The manifest records every stack tag, so none recorded means the stack has none.
          tags: artifact.properties?.tags ?? {},
          parent: nested ? stackName : undefined,
          constructPath: nested ? trimSlash(path) : stackPath !== undefined ? trimSlash(stackPath) : undefined,
        }),
      );
    }
    return templates;
  }

  private metadata(dir: string, id: string, artifact: ManifestArtifact, manifestPath: string): Record<string, MetadataEntry[]> {
    if (artifact.metadata) return artifact.metadata;
    if (artifact.additionalMetadataFile === undefined) return {};
    const file = this.inside(
      dir,
      artifact.additionalMetadataFile,
      manifestPath,
      `artifacts.${escapeControl(id)}.additionalMetadataFile`,
    );
    if (!existsSync(file)) return {};
    return checkMetadata(this.json(file, 'metadata file'), file, 'the metadata file');
  }

  /**
   * `dir/name`, once sure it stays inside the assembly, by its path and, when
   * it exists, by where its symbolic links lead. The refusal names the field,
   * never anything read from outside.
   */
  private inside(dir: string, name: string, manifestPath: string, field: string): string {
    const path = join(dir, name);
    const outside = (p: string) => {
      const rel = relative(this.root, p);
      return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    };
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      real = undefined; // a missing file is reported where it is read
    }
    if (isAbsolute(name) || outside(resolve(realpathSync(dir), name)) || (real !== undefined && outside(real))) {
      throw inputError(manifestPath, `${field} points outside the cloud assembly (${escapeControl(name)}); refused`);
    }
    return path;
  }

  private json(file: string, what: string): unknown {
    const text = readTextFile(file, { what, limit: MAX_MANIFEST_BYTES });
    try {
      return JSON.parse(text);
    } catch {
      throw inputError(file, `${what} is not valid JSON: ${jsonErrorPosition(text)}`);
    }
  }
}

/** The fields of an artifact this reader uses, each of the type `cdk synth` writes; anything else is one line naming the field. */
function checkArtifact(value: unknown, where: string, manifestPath: string): ManifestArtifact {
  const bad = (field: string, v: unknown, expected: string) =>
    inputError(manifestPath, `${where}${field ? `.${field}` : ''} is ${kind(v)}; expected ${expected}`);
  if (!isObject(value)) throw bad('', value, 'a mapping');
  for (const field of ['type', 'environment', 'displayName', 'additionalMetadataFile'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') throw bad(field, value[field], 'a string');
  }
  const properties = value.properties;
  if (properties !== undefined) {
    if (!isObject(properties)) throw bad('properties', properties, 'a mapping');
    for (const field of ['templateFile', 'directoryName'] as const) {
      if (properties[field] !== undefined && typeof properties[field] !== 'string') {
        throw bad(`properties.${field}`, properties[field], 'a file name (a string)');
      }
    }
    const tags = properties.tags;
    if (tags !== undefined && (!isObject(tags) || Object.values(tags).some((t) => typeof t !== 'string'))) {
      throw bad('properties.tags', tags, 'a mapping of tag names to strings');
    }
  }
  if (value.metadata !== undefined) checkMetadata(value.metadata, manifestPath, `${where}.metadata`);
  return value as ManifestArtifact;
}

function checkMetadata(value: unknown, file: string, where: string): Record<string, MetadataEntry[]> {
  if (!isObject(value)) throw inputError(file, `${where} is ${kind(value)}; expected a mapping of construct paths to lists`);
  for (const [path, entries] of Object.entries(value)) {
    if (!Array.isArray(entries)) {
      throw inputError(file, `${where}["${escapeControl(path)}"] is ${kind(entries)}; expected a list of metadata entries`);
    }
    entries.forEach((e, i) => {
      if (!isObject(e) || typeof e.type !== 'string') {
        throw inputError(file, `${where}["${escapeControl(path)}"][${i}] is not a metadata entry (a mapping with a string type)`);
      }
    });
  }
  return value as Record<string, MetadataEntry[]>;
}

function environmentOf(env: string | undefined): [string | undefined, string | undefined] {
  const m = /^aws:\/\/([^/]+)\/(.+)$/.exec(env ?? '');
  if (!m) return [undefined, undefined];
  return [m[1].startsWith('unknown-') ? undefined : m[1], m[2].startsWith('unknown-') ? undefined : m[2]];
}

function trimSlash(path: string): string {
  return path.replace(/^\//, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;
}
