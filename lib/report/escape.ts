/**
 * Control characters (C0, DEL, C1) and bidirectional overrides, which a
 * template, a file name or an exceptions file can carry: printed raw they
 * could move the cursor, recolour or clear a terminal, forge a line of CI log
 * or reorder what a reviewer reads.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value from the input, safe to print on one line: unsafe characters become `\n`, `\u001b` and so on. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a value holds characters that escapeControl would change. */
export function hasControl(text: string): boolean {
  return new RegExp(UNSAFE.source).test(text);
}
