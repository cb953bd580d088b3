import { Command, Option } from 'commander';
import { FAIL_ON } from '../policy-gates/gate';
import { FORMATS, collect } from './outputs';

/**
 * The options of every command that runs the pipeline (`check`, `scan`):
 * outputs, pack, gate, baseline, exceptions and rule selection. No commander
 * defaults here: palisade.config.yaml fills in what no flag gave, then the defaults apply.
 */
export function addRunOptions(command: Command): Command {
  return command
    .option('-f, --format <formats>', `${FORMATS.join(' | ')}; repeat or separate with commas (default: text)`, collect)
    .option('-o, --output <[format=]file>', 'write a format to a file; repeatable (sarif=report.sarif)', collect)
    .option('-p, --pack <pack>', 'ncsc-csp | ten-steps | cyber-essentials | internet-first | all (default: all)')
    .addOption(new Option('--fail-on <level>', `lowest result that fails the run: ${FAIL_ON.join(' | ')} (default: error)`))
    .option('--baseline <file>', 'a previous JSON report: mark failing results new or existing and list resolved ones')
    .option('--fail-on-new', 'with --baseline: fail only on results that are new since the baseline')
    .option(
      '-e, --exceptions <file>',
      'exceptions file (default: palisade.exceptions.yaml in the working directory, when present)',
    )
    .option('--no-exceptions', 'ignore palisade.exceptions.yaml')
    .option('-a, --all', 'text and sarif: include compliant and not-applicable results too')
    .option('-q, --quiet', 'text: list only what fails the run (with --baseline, only new results)')
    .option('--check <ids>', 'evaluate only these rules (ids or globs; repeat or separate with commas)', collect)
    .option('--skip-check <ids>', 'leave these rules out (ids or globs); every report lists them as not evaluated', collect)
    .option(
      '--rules <module>',
      'also evaluate the rules a compiled JS module exports (written with defineRule); repeatable',
      collect,
    )
    .option(
      '--sarif-base <dir>',
      'SARIF URIs relative to this directory (default: the git checkout’s top level, else the working directory)',
    );
}
