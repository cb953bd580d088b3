import { visit } from 'jsonc-parser';

/**
 * 1-based line of each resource's logical id in JSON template text.
 *
 * JSON.parse gives values fast but no positions. JSON.parse also keeps the text's
 * key order for logical ids (they are never integer-like), so a forward search for
 * each `"id": {` in order finds them in one pass over the text. When that search
 * loses its way (an unusual layout), a full position-aware parse takes over.
 */
export function resourceLines(text: string, logicalIds: readonly string[]): Map<string, number> {
  return forwardSearch(text, logicalIds) ?? positionAwareScan(text);
}

function forwardSearch(text: string, logicalIds: readonly string[]): Map<string, number> | undefined {
  const start = /"Resources"\s*:\s*\{/.exec(text);
  if (!start) return undefined;
  const lines = new Map<string, number>();
  let pos = start.index + start[0].length;
  let line = 1;
  let counted = 0;
  for (const id of logicalIds) {
    const needle = JSON.stringify(id);
    let at = text.indexOf(needle, pos);
    while (at >= 0 && !/^\s*:\s*\{/.test(text.slice(at + needle.length, at + needle.length + 16))) {
      at = text.indexOf(needle, at + needle.length);
    }
    if (at < 0) return undefined;
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    lines.set(id, line);
    pos = at + needle.length;
  }
  return lines;
}

function positionAwareScan(text: string): Map<string, number> {
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
