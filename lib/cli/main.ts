import { Command, CommanderError } from 'commander';
import { InputError } from '../errors';
import { check } from './commands/check';
import { listRules } from './commands/rules';
import { EXIT, IO, processIO } from './io';
import { VERSION } from './version';

/** Runs the CLI and returns its exit code; never calls process.exit, so tests can drive it. */
export async function main(argv: string[], io: IO = processIO): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('palisade')
    .description('NHS / NCSC security checks for AWS CloudFormation and CDK')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  program
    .command('check')
    .description('check CloudFormation templates, directories of them, or a CDK cloud assembly (cdk.out)')
    .argument('<paths...>', 'template files, directories or cdk.out')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-p, --pack <pack>', 'ncsc-csp | ten-steps | cyber-essentials | internet-first | all', 'all')
    .option('-a, --all', 'text format: list compliant results too')
    .option('--parameter-defaults', 'treat each parameter’s Default as its value')
    .action((paths: string[], options) => {
      code = check(paths, options, io);
    });

  program
    .command('rules')
    .description('list the rule catalogue with its framework mappings')
    .option('-f, --format <format>', 'text | json | markdown', 'text')
    .action((options) => {
      code = listRules(options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (e instanceof InputError) {
      io.err(`palisade: ${e.message}\n`);
      return EXIT.USAGE;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.path) {
      io.err(`palisade: ${err.path}: ${err.message.replace(/^\w+: /, '').split(',')[0]}\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}
