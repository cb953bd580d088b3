import { Command, CommanderError, Option } from 'commander';
import { Rule } from '../engine/rule';
import { FAIL_ON } from '../policy-gates/gate';
import { check } from './commands/check';
import { listRules } from './commands/rules';
import { exitCodeOf } from './errors';
import { EXIT, IO, processIO } from './io';
import { FORMATS, collect } from './outputs';
import { VERSION } from './version';

const CHECK_HELP = `
Formats:
  text    grouped by stack and severity, with counts per status and framework
  json    the findings contract: every result, compliant ones included
  sarif   SARIF 2.1.0 for GitHub code scanning and other SARIF viewers
  junit   JUnit XML: a testsuite per stack, a testcase per rule and resource

  Several at once: each format goes to the file --output FORMAT=FILE names,
  or to stdout (only one may). Without --format, text goes to stdout.
    palisade check cdk.out --output sarif=palisade.sarif --output junit=junit.xml
    palisade check cdk.out --format json,sarif --output sarif=palisade.sarif

Exceptions:
  palisade.exceptions.yaml in the working directory is read when present
  (or --exceptions FILE). Each entry needs rule, resource (a glob matched
  against the logical id, stack/logicalId and the construct path), reason,
  owner and expires (YYYY-MM-DD). Matched results are reported as suppressed;
  expired entries no longer hide anything; entries matching nothing are stale.

Exit codes:
  0  no unsuppressed result at or above --fail-on (new ones only with --fail-on-new)
  1  at least one such result
  2  bad input or usage: one line per problem on stderr, and no report file written
  3  internal error (a bug: please report it)
`;

/** Runs the CLI and returns its exit code; never calls process.exit, so tests can drive it. */
export async function main(argv: string[], io: IO = processIO, catalogue?: readonly Rule[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('palisade')
    .description('NHS / NCSC security checks for AWS CloudFormation and CDK')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`palisade: ${s.replace(/^error: /, '')}`),
    });

  program
    .command('check')
    .description('check CloudFormation templates, directories of them, or CDK cloud assemblies (cdk.out)')
    .argument('<paths...>', 'template files (JSON or YAML), directories, or cdk.out directories')
    .option('-f, --format <formats>', `${FORMATS.join(' | ')}; repeat or separate with commas (default: text)`, collect)
    .option('-o, --output <[format=]file>', 'write a format to a file; repeatable (sarif=report.sarif)', collect)
    .option('-p, --pack <pack>', 'ncsc-csp | ten-steps | cyber-essentials | internet-first | all', 'all')
    .addOption(new Option('--fail-on <level>', `lowest result that fails the run: ${FAIL_ON.join(' | ')}`).default('error'))
    .option('--baseline <file>', 'a previous JSON report: mark failing results new or existing and list resolved ones')
    .option('--fail-on-new', 'with --baseline: fail only on results that are new since the baseline')
    .option(
      '-e, --exceptions <file>',
      'exceptions file (default: palisade.exceptions.yaml in the working directory, when present)',
    )
    .option('--no-exceptions', 'ignore palisade.exceptions.yaml')
    .option('-a, --all', 'text and sarif: include compliant and not-applicable results too')
    .option('--parameter-defaults', 'treat each parameter’s Default as its value')
    .option(
      '--skip-invalid',
      'in scanned directories, pass over templates that cannot be parsed (named on stderr and in the report) instead of stopping',
    )
    .option(
      '--strict-suppressions',
      'honour only suppressions with an owner and an expiry date (template metadata and CDK acknowledgements without them are reported, not applied)',
    )
    .addHelpText('after', CHECK_HELP)
    .action((paths: string[], options) => {
      code = check(paths, options, io, catalogue);
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
    return exitCodeOf(e, io);
  }
}
