import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import { InputError, inputError } from '../../errors';

export interface ReadOptions {
  /** What the file is to the user, for messages: 'template', 'exceptions file', 'baseline'. */
  readonly what: string;
  /** The name to show, when it differs from the path opened. */
  readonly name?: string;
  /** Bytes past which reading stops and the file is refused. */
  readonly limit: number;
  /** Why the limit is what it is, appended to the message. */
  readonly why?: string;
}

const CHUNK = 1 << 20;

/**
 * The bytes of a regular file, read up to a limit. Opened without blocking, so
 * that a FIFO with no writer cannot hang the run, then refused unless fstat
 * says regular file (FIFOs, devices such as /dev/zero, sockets, directories);
 * the limit applies while reading, so a file that grows cannot outrun it.
 */
export function readRegularFile(path: string, options: ReadOptions): Buffer {
  const name = options.name ?? path;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(e as NodeJS.ErrnoException, name, options.what);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw inputError(name, `${options.what} is ${kindOf(stat)}, not a regular file`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, options.limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > options.limit) {
        throw inputError(
          name,
          `${options.what} is over the ${megabytes(options.limit)} MB limit${options.why ? ` (${options.why})` : ''}`,
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a regular file: UTF-8, with a leading byte-order mark dropped
 * (editors on Windows write one); UTF-16, binary and malformed UTF-8 are refused.
 */
export function readTextFile(path: string, options: ReadOptions): string {
  return decodeText(readRegularFile(path, options), options.name ?? path, options.what);
}

export function decodeText(bytes: Buffer, name: string, what: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputError(name, `${what} is UTF-16 text; save it as UTF-8`);
  }
  if (bytes.includes(0)) throw inputError(name, `${what} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw inputError(name, `${what} is not UTF-8 text`);
  }
  return text;
}

/** Drops a leading byte-order mark from text that did not come through readTextFile. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function openError(e: NodeJS.ErrnoException, name: string, what: string): InputError {
  switch (e.code) {
    case 'ENOENT':
      return inputError(name, `${what} does not exist`);
    case 'EISDIR':
      return inputError(name, `${what} is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return inputError(name, `${what} cannot be read (permission denied)`);
    case 'ELOOP':
      return inputError(name, `${what} is a symbolic link loop`);
    case 'ENOTDIR':
      return inputError(name, `${what} does not exist (a part of its path is not a directory)`);
    case 'ENXIO':
      return inputError(name, `${what} is a socket or device with nothing behind it, not a regular file`);
    default:
      return inputError(name, `${what} cannot be opened (${e.code ?? e.message})`);
  }
}

function kindOf(stat: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1048576) * 10) / 10);
}
