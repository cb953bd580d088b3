import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { Acknowledgement, Template } from '../../engine/model';
import { inputError } from '../../errors';
import { parseTemplate } from './parse';

interface ManifestArtifact {
  type: string;
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

/**
 * Every stack of a CDK cloud assembly: the manifest names them, stage
 * sub-assemblies are followed, and nested stacks are found through the
 * `aws:cdk:templateFile` metadata CDK records for them.
 */
export function loadCloudAssembly(dir: string, readFile = (p: string) => readFileSync(p, 'utf8')): Template[] {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw inputError(dir, 'cloud assembly has no manifest.json; run `cdk synth` first');
  let manifest: { artifacts?: Record<string, ManifestArtifact> };
  try {
    manifest = JSON.parse(readFile(manifestPath));
  } catch (e) {
    throw inputError(manifestPath, `not valid JSON: ${(e as Error).message}`);
  }
  const templates: Template[] = [];
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      templates.push(...loadCloudAssembly(join(dir, artifact.properties.directoryName), readFile));
    } else if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile) {
      templates.push(...loadStack(dir, id, artifact, readFile));
    }
  }
  return templates;
}

function loadStack(dir: string, id: string, artifact: ManifestArtifact, readFile: (p: string) => string): Template[] {
  const metadata = stackMetadata(dir, artifact, readFile);
  const [account, region] = environmentOf(artifact.environment);
  const stackName = artifact.displayName ?? id;
  const stackPath = Object.entries(metadata).find(([, entries]) =>
    entries.some((e) => e.type === 'aws:cdk:templateFile' && e.data === artifact.properties?.templateFile),
  )?.[0];

  // Every stack in this artifact (the stack itself and its nested stacks), by construct path.
  const scopes = new Map<string, { file: string; paths: Map<string, string>; acks: Acknowledgement[] }>();
  scopes.set(stackPath ?? '', { file: artifact.properties!.templateFile!, paths: new Map(), acks: [] });
  for (const [path, entries] of Object.entries(metadata)) {
    for (const e of entries) {
      if (e.type === 'aws:cdk:templateFile' && path !== stackPath && typeof e.data === 'string') {
        scopes.set(path, { file: e.data, paths: new Map(), acks: [] });
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
      if (e.type === ACKNOWLEDGED && e.data && typeof e.data === 'object') {
        for (const [key, reason] of Object.entries(e.data as Record<string, unknown>)) {
          acks.push({ path: trimSlash(path), ruleId: key.replace(/^annotation::/i, ''), reason: String(reason ?? '') });
        }
      }
    }
  }
  const templates: Template[] = [];
  for (const [path, scope] of scopes) {
    const file = join(dir, scope.file);
    if (!existsSync(file)) throw inputError(file, `template named by ${join(dir, 'manifest.json')} does not exist`);
    const nested = path !== (stackPath ?? '');
    templates.push(
      parseTemplate(readFile(file), file, {
        stack: nested ? `${stackName}/${trimSlash(path).split('/').slice(1).join('/')}` : stackName,
        account,
        region,
        constructPaths: scope.paths,
        acknowledgements: acks,
        // The manifest records every stack tag, so none recorded means the stack has none.
        tags: artifact.properties?.tags ?? {},
        parent: nested ? stackName : undefined,
      }),
    );
  }
  return templates;
}

function stackMetadata(
  dir: string,
  artifact: ManifestArtifact,
  readFile: (p: string) => string,
): Record<string, MetadataEntry[]> {
  if (artifact.metadata) return artifact.metadata;
  if (!artifact.additionalMetadataFile) return {};
  const file = join(dir, artifact.additionalMetadataFile);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFile(file));
  } catch (e) {
    throw inputError(file, `not valid JSON: ${(e as Error).message}`);
  }
}

function environmentOf(env: string | undefined): [string | undefined, string | undefined] {
  const m = /^aws:\/\/([^/]+)\/(.+)$/.exec(env ?? '');
  if (!m) return [undefined, undefined];
  return [m[1].startsWith('unknown-') ? undefined : m[1], m[2].startsWith('unknown-') ? undefined : m[2]];
}

function trimSlash(path: string): string {
  return path.replace(/^\//, '');
}
