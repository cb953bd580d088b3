import { InputError } from '../errors';
import { escapeControl } from '../report/escape';
import { EXIT, IO } from './io';

/**
 * The exit code for an error a command threw, after telling the user: a
 * problem with their input is one line per problem (exit 2), anything else is
 * a bug in Palisade (exit 3), with the stack trace only on request.
 */
export function exitCodeOf(e: unknown, io: IO): number {
  if (e instanceof InputError) {
    for (const line of e.message.split('\n')) io.err(`palisade: ${escapeControl(line)}\n`);
    return EXIT.USAGE;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code && err.path) {
    io.err(`palisade: ${escapeControl(err.path)}: ${escapeControl(err.message.replace(/^\w+: /, '').split(',')[0])}\n`);
    return EXIT.USAGE;
  }
  io.err(`palisade: internal error: ${escapeControl(String((e as Error)?.message ?? e).split('\n')[0])}\n`);
  if (process.env.PALISADE_DEBUG) io.err(`${(e as Error)?.stack ?? ''}\n`);
  else io.err('palisade: set PALISADE_DEBUG=1 for the stack trace, and please report it\n');
  return EXIT.INTERNAL;
}
