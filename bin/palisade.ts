#!/usr/bin/env node
import { main } from '../lib/cli/main';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`palisade: internal error: ${e.message}\n`);
    process.exitCode = 3;
  },
);
