import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ConfigItem } from '../../lib/engine/config-item';
import { MalformedItemError, normaliseItem } from '../../lib/sources/config/normalise';

/** The real configuration items of the shared corpus (see its SOURCES.md). */
export const CORPUS = join(__dirname, '../../../shared/corpus/config-items');

/**
 * Every real item of a type, normalised as a scan would: by-type/ (Select rows,
 * `*.partial.json`, included: they carry only the selected fields) and the RDK samples.
 */
export function corpusItems(type: string): { file: string; item: ConfigItem }[] {
  let found = cache.get(type);
  if (!found) cache.set(type, (found = read(type)));
  return found;
}

const cache = new Map<string, { file: string; item: ConfigItem }[]>();

function read(type: string): { file: string; item: ConfigItem }[] {
  const file = type.replace(/::/g, '_');
  const byType = join(CORPUS, 'by-type', file);
  const files = [
    ...(existsSync(byType) ? readdirSync(byType).filter((f) => f.endsWith('.json')) : []).map((f) => join(byType, f)),
    ...readdirSync(join(CORPUS, 'rdk-example-ci'))
      .filter((f) => f.toLowerCase() === `${file.toLowerCase()}.json`)
      .map((f) => join(CORPUS, 'rdk-example-ci', f)),
  ];
  const seen = new Set<string>();
  return files.flatMap((f) => {
    const parsed: unknown = JSON.parse(readFileSync(f, 'utf8'));
    const raws = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
    return raws
      .filter((raw) => raw.resourceType === undefined || raw.resourceType === type)
      .flatMap((raw) => {
        // A Select row that did not select resourceId is not an item a scan could evaluate.
        try {
          return [{ file: f.slice(CORPUS.length + 1), item: normaliseItem(raw, { resourceType: type }) }];
        } catch (e) {
          if (e instanceof MalformedItemError) return [];
          throw e;
        }
      })
      .filter(({ item }) => {
        const key = JSON.stringify(item);
        return !seen.has(key) && seen.add(key) !== undefined;
      });
  });
}
