import { visit } from 'jsonc-parser';

/**
 * 1-based line of each key directly under the top-level `Resources` object.
 * JSON.parse gives values fast but no positions; this scan gives positions and
 * skips every resource body, so it costs little more than reading the text.
 */
export function resourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let depth = 0;
  let inResources = false;
  let pendingKey: string | undefined;
  let pendingLine = 0;
  visit(text, {
    onObjectBegin: () => {
      depth++;
      if (depth === 2 && pendingKey === 'Resources') inResources = true;
      else if (depth >= 3) {
        if (depth === 3 && inResources && pendingKey !== undefined) lines.set(pendingKey, pendingLine + 1);
        return false; // resource bodies need no positions: skip their callbacks
      }
      return undefined;
    },
    onObjectEnd: () => {
      if (depth === 2) inResources = false;
      depth--;
    },
    onArrayBegin: () => {
      depth++;
      return depth > 1 ? false : undefined;
    },
    onArrayEnd: () => {
      depth--;
    },
    onObjectProperty: (property, _offset, _length, startLine) => {
      pendingKey = property;
      pendingLine = startLine;
    },
  });
  return lines;
}
