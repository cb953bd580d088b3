import { jsonParser } from 'stream-json/parser.js';

/** stream-chain's marker for "end of input" and "no output" (a `Symbol.for`, shared by design). */
const NONE = Symbol.for('object-stream.none');

interface Token {
  readonly name: string;
  readonly value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

/** Where a snapshot file stops being a snapshot. */
export class SnapshotShapeError extends Error {
  override readonly name = 'SnapshotShapeError';
}

/**
 * Pulls configuration items out of a snapshot file's text as it streams past, so
 * memory holds one item, never the file: `{"fileVersion": …, "configSnapshotId": …,
 * "configurationItems": [item, …]}`. The values around the items are assembled as
 * JSON.parse would; each item is handed out when it closes and never attached to
 * the array. Feed text with `write`, finish with `end`.
 */
export class SnapshotItemStream {
  // packed values only: the streamed chunk tokens would triple the token count
  private readonly parse = jsonParser({ streamValues: false });
  private readonly stack: Container[] = [];
  private readonly keys: (string | null)[] = [];
  private root?: Record<string, unknown>;
  private items?: unknown[];
  private closed = false;
  count = 0;

  write(text: string): Record<string, unknown>[] {
    return this.consume(this.parse(text));
  }

  end(): Record<string, unknown>[] {
    let out: Record<string, unknown>[] = [];
    try {
      out = this.consume(this.parse(NONE as unknown as string));
    } catch {
      // the parser's complaint at end of input is that a value was left open
    }
    if (!this.closed) {
      throw new SnapshotShapeError(
        this.items
          ? `truncated after ${this.count} configuration items`
          : this.root
            ? 'truncated before the configurationItems array'
            : 'empty file',
      );
    }
    if (!this.items) throw new SnapshotShapeError('not an AWS Config snapshot: no configurationItems array');
    return out;
  }

  /** `fileVersion`, `configSnapshotId` and the other top-level values seen so far. */
  header(): Readonly<Record<string, unknown>> {
    return this.root ?? {};
  }

  private consume(result: unknown): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    if (result === NONE || !result) return out;
    for (const token of (result as { values: Token[] }).values) this.token(token, out);
    return out;
  }

  private token(t: Token, out: Record<string, unknown>[]): void {
    if (this.closed) throw new SnapshotShapeError('unexpected data after the end of the snapshot');
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        const container: Container = t.name === 'startObject' ? {} : [];
        const depth = this.stack.length;
        if (depth === 0) {
          if (Array.isArray(container)) throw new SnapshotShapeError('not an AWS Config snapshot: the top level is an array');
          this.root = container;
        } else if (depth === 1 && this.keys[0] === 'configurationItems') {
          if (!Array.isArray(container)) throw new SnapshotShapeError('configurationItems is not an array');
          this.items = container;
        } else if (this.top() === this.items) {
          if (Array.isArray(container)) throw new SnapshotShapeError(`configuration item ${this.count + 1} is not an object`);
        } else this.put(container);
        this.stack.push(container);
        this.keys.push(null);
        return;
      }
      case 'endObject':
      case 'endArray': {
        const done = this.stack.pop() as Container;
        this.keys.pop();
        if (this.stack.length === 0) this.closed = true;
        else if (this.top() === this.items) {
          out.push(done as Record<string, unknown>);
          this.count++;
        }
        return;
      }
      case 'keyValue':
        this.keys[this.keys.length - 1] = t.value as string;
        return;
      case 'stringValue':
        return this.scalar(t.value);
      case 'numberValue':
        return this.scalar(Number(t.value));
      case 'nullValue':
        return this.scalar(null);
      case 'trueValue':
        return this.scalar(true);
      case 'falseValue':
        return this.scalar(false);
    }
  }

  private top(): Container | undefined {
    return this.stack[this.stack.length - 1];
  }

  private scalar(v: unknown): void {
    if (this.stack.length === 0) throw new SnapshotShapeError('not an AWS Config snapshot: the top level is not an object');
    if (this.top() === this.items) throw new SnapshotShapeError(`configuration item ${this.count + 1} is not an object`);
    this.put(v);
  }

  private put(v: unknown): void {
    const top = this.top() as Container;
    if (Array.isArray(top)) top.push(v);
    else top[this.keys[this.keys.length - 1] as string] = v;
  }
}
