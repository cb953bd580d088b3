import { createReadStream } from 'fs';
import { open, readdir, stat } from 'fs/promises';
import { basename, join, relative, sep } from 'path';
import { createGunzip } from 'zlib';
import { ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { ConfigItem } from '../../engine/config-item';
import { inputError, InputError } from '../../errors';
import { ConfigRead, CoverageLog, ProgressListener, RecordedTypes } from './coverage';
import { itemDisposition, MalformedItemError, normaliseItem } from './normalise';
import { recordedTypes, recorderOfItem } from './recording';
import { SnapshotItemStream } from './snapshot-stream';

const RECORDER_TYPE = 'AWS::Config::ConfigurationRecorder';

export interface SnapshotOptions {
  readonly onProgress?: ProgressListener;
}

/**
 * Reads AWS Config snapshot files (plain or gzipped JSON), named one by one or as
 * directories in Config's S3 delivery layout. A directory holds a snapshot per
 * account-region per delivery: only the newest of each is read, or every item
 * would count once per day. Files stream, so memory holds one item at a time.
 */
export function readSnapshots(paths: readonly string[], options: SnapshotOptions = {}): ConfigRead {
  const log = new CoverageLog(options.onProgress);
  // what each account-region records, as its recorder's own item says; where none is in
  // the snapshot, a type counts as recorded only where items of it were seen
  const recording = new Map<string, RecordedTypes>();
  const recorders = new Map<string, ConfigurationRecorder[]>();
  const noteRecorder = (item: ConfigItem) => {
    const recorder = recorderOfItem(item);
    if (!recorder) return;
    const key = `${item.accountId}/${item.awsRegion}`;
    const all = [...(recorders.get(key) ?? []), recorder];
    recorders.set(key, all);
    recording.set(key, recordedTypes(all));
  };
  async function* items(): AsyncGenerator<ConfigItem> {
    for (const file of await snapshotFiles(paths)) {
      log.count('pages');
      for await (const batch of readFile(file)) {
        const keep: ConfigItem[] = [];
        for (const item of batch) {
          const disposition = itemDisposition(item);
          if (disposition === 'evaluate') keep.push(item);
          else log.count(disposition);
          if (disposition === 'evaluate' && item.resourceType === RECORDER_TYPE) noteRecorder(item);
        }
        log.count('items', keep.length);
        yield* keep;
      }
    }
  }
  return { items: items(), coverage: () => log.result(), recording: () => recording };
}

/** Items of one file, a batch per chunk read. */
async function* readFile(file: string): AsyncGenerator<ConfigItem[]> {
  const stream = new SnapshotItemStream();
  const text = (await isGzip(file)) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  text.setEncoding('utf8');
  const normalise = (raws: Record<string, unknown>[]): ConfigItem[] =>
    raws.map((raw, i) => {
      try {
        return normaliseItem(raw);
      } catch (e) {
        if (e instanceof MalformedItemError) {
          throw inputError(file, `configuration item ${stream.count - raws.length + i + 1}: ${e.message}`);
        }
        throw e;
      }
    });
  try {
    for await (const chunk of text) {
      const raws = stream.write(chunk as string);
      if (raws.length) yield normalise(raws);
    }
    const rest = stream.end();
    if (rest.length) yield normalise(rest);
  } catch (e) {
    text.destroy();
    if (e instanceof InputError) throw e;
    throw inputError(file, describe(e));
  }
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'Z_BUF_ERROR' || err.code === 'Z_DATA_ERROR') return `truncated or corrupt gzip (${err.message})`;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.name === 'SnapshotShapeError') return err.message;
  if (/Parser/.test(err.message ?? '')) return `not valid JSON: ${err.message}`;
  return err.message ?? String(e);
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch((e: NodeJS.ErrnoException) => {
    throw inputError(file, e.code === 'ENOENT' ? 'no such file' : e.message);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The files to read: each named file, and the newest snapshot per account-region under each directory. */
export async function snapshotFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw inputError(path, 'no such file or directory');
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = newestPerScope(path, await walk(path));
    if (found.length === 0) throw inputError(path, 'no snapshot files (*.json or *.json.gz) in this directory');
    files.push(...found);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (/\.json(\.gz)?$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

// AWSLogs/<account>/Config/<region>/<yyyy>/<m>/<d>/ConfigSnapshot/<account>_Config_<region>_ConfigSnapshot_<yyyymmddThhmmssZ>_<uuid>.json.gz
const DELIVERED = /^(\d{12})_Config_([a-z0-9-]+)_ConfigSnapshot_(\d{8}T\d{6}Z)_/;

/**
 * Files in Config's delivery layout are grouped by account-region and only the
 * newest kept; history files (ConfigHistory/) are not snapshots and are skipped.
 * Other JSON files are read as they are.
 */
function newestPerScope(root: string, files: string[]): string[] {
  const newest = new Map<string, { file: string; stamp: string }>();
  const others: string[] = [];
  for (const file of files) {
    const parts = relative(root, file).split(sep);
    if (parts.includes('ConfigHistory') || basename(file).startsWith('ConfigWritabilityCheckFile')) continue;
    const m = DELIVERED.exec(basename(file));
    if (!m) {
      others.push(file);
      continue;
    }
    const scope = `${m[1]}/${m[2]}`;
    const seen = newest.get(scope);
    if (!seen || m[3] > seen.stamp) newest.set(scope, { file, stamp: m[3] });
  }
  return [...others, ...[...newest.values()].map((n) => n.file)].sort();
}
