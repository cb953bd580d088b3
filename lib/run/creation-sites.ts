import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { Template } from '../engine/model';
import { SourceSite } from './report';

interface MetadataEntry {
  readonly type?: string;
  readonly data?: unknown;
  readonly trace?: unknown;
}

interface Artifact {
  readonly metadata?: Record<string, MetadataEntry[]>;
  readonly additionalMetadataFile?: string;
}

/**
 * Where the app's own code created each construct, by construct path, from
 * the stack traces CDK records in the assembly: `aws:cdk:creationStack`
 * entries (recorded by default since CDK 2.2xx) or the `trace` of
 * `aws:cdk:logicalId` entries (CDK_DEBUG / `cdk synth --debug`). The site is
 * the first frame outside node_modules and Node itself; with ts-node the
 * frames are TypeScript lines. Optional enrichment: an unreadable manifest
 * just yields no sites (the templates it names were read already).
 */
export function creationSites(templates: readonly Template[]): Map<string, SourceSite> {
  const sites = new Map<string, SourceSite>();
  for (const dir of new Set(templates.map((t) => dirname(t.file)))) {
    for (const [path, entries] of Object.entries(metadataIn(dir))) {
      if (!Array.isArray(entries)) continue;
      for (const e of entries) {
        const frames = e.type === 'aws:cdk:creationStack' ? e.data : e.type === 'aws:cdk:logicalId' ? e.trace : undefined;
        const site = Array.isArray(frames) ? userFrame(frames) : undefined;
        if (site && !sites.has(path.replace(/^\//, ''))) sites.set(path.replace(/^\//, ''), site);
      }
    }
  }
  return sites;
}

function metadataIn(dir: string): Record<string, MetadataEntry[]> {
  const all: Record<string, MetadataEntry[]> = {};
  const manifest = readJson(join(dir, 'manifest.json')) as { artifacts?: Record<string, Artifact> } | undefined;
  for (const artifact of Object.values(manifest?.artifacts ?? {})) {
    const metadata =
      artifact.metadata ??
      (artifact.additionalMetadataFile
        ? (readJson(join(dir, artifact.additionalMetadataFile)) as Record<string, MetadataEntry[]>)
        : undefined);
    Object.assign(all, metadata ?? {});
  }
  return all;
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** `at fn (/abs/file.ts:12:5)`, `<anonymous> (/abs/file.ts:12:5)` or `at /abs/file.ts:12:5`. */
const FRAME = /(?:\(|^\s*(?:at\s+)?)((?:[A-Za-z]:)?[\\/][^()]*?):(\d+):(\d+)\)?\s*$/;

function userFrame(frames: unknown[]): SourceSite | undefined {
  for (const frame of frames) {
    const m = typeof frame === 'string' ? FRAME.exec(frame) : null;
    if (!m) continue;
    const file = m[1];
    if (/[\\/]node_modules[\\/]/.test(file) || file.startsWith('node:')) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}
