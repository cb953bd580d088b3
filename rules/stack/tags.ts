/** A tag key reduced for matching: `Data-Classification`, `data_classification` and `DataClassification` are one key. */
export const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The value of the first tag whose key matches one of `keys` (normalised), if it is non-empty. */
export function tagValue(tags: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(tags)) {
    if (keys.includes(normaliseKey(k)) && typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}
