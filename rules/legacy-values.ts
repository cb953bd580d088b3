import { PartialString } from '../lib/engine/intrinsics';
import { Unknown, isUnknown } from '../lib/engine/unknown';

/*
 * Readers being retired in favour of lib/engine/facts.ts: `textOf` reads the literal
 * text of a string with unknown parts (unsound: use asString or knownPrefix), `anyOf`
 * is the kit's `or`, and `rawAt` looks at the unresolved template. Nothing new may use them.
 */

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof PartialString) return value.text;
  return undefined;
}

export function anyOf(...values: Array<boolean | Unknown>): boolean | Unknown {
  if (values.includes(true)) return true;
  return values.find((v): v is Unknown => isUnknown(v)) ?? false;
}

export function rawAt(root: unknown, path: string): unknown {
  let current = root;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    const keys = Object.keys(current);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return current;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}
