#!/usr/bin/env node
import { main } from '../lib/cli/main';

// A reader that stops early (`palisade rules | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`palisade: internal error: ${e.message}\n`);
    process.exitCode = 3;
  },
);
