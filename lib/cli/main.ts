import { Command, CommanderError, Option } from 'commander';
import { Rule } from '../engine/rule';
import { check } from './commands/check';
import { conformancePack } from './commands/conformance-pack';
import { drift, DRIFT_HELP } from './commands/drift';
import { evidence, verifyEvidence } from './commands/evidence';
import { listRules } from './commands/rules';
import { scan } from './commands/scan';
import { exitCodeOf } from './errors';
import { EXIT, IO, processIO } from './io';
import { collect } from './outputs';
import { addRunOptions } from './run-options';
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

Project config:
  palisade.config.yaml in the working directory may set pack, fail-on,
  rules (modules), exceptions (a file, or false) and sarif-base, so that local
  runs and CI agree; a flag on the command line wins over the file.

Exit codes:
  0  no unsuppressed result at or above --fail-on (new ones only with --fail-on-new)
  1  at least one such result
  2  bad input or usage: one line per problem on stderr, and no report file written
  3  internal error (a bug: please report it)
`;

const SCAN_HELP = `
Sources (one of):
  --snapshot FILE|DIR…            Config snapshots, plain or gzipped; a directory in Config's S3
                                  layout (AWSLogs/<account>/Config/<region>/…) is read newest per region
  --region R [--region R …]       one account, live: credentials from the default chain or --profile,
                                  optionally assuming --role-arn
  --aggregator NAME --region R    an organisation, through a Config aggregator in region R

  palisade scan --snapshot examples/snapshot
  palisade scan --region eu-west-2 --region eu-west-1 --profile audit --format json,sarif --output sarif=scan.sarif
  palisade scan --aggregator org --region eu-west-2 --timeout 1800 --output json=org.json
  palisade scan --snapshot examples/snapshot --templates cdk.out

  Outputs, packs, --fail-on, exceptions (globs also match ARNs and resource ids), baselines
  and --check/--skip-check work as for \`palisade check\` (see \`palisade check --help\`).

Acknowledgements (--templates):
  A result on an item that is a resource the templates declare (matched as \`palisade drift\` matches
  them: CloudFormation's stack and logical-id tags, names, then what untaggable items refer to) is
  suppressed where that resource acknowledges the rule with a reason, exactly as \`palisade check\`
  would suppress it (CDK acknowledgements, Metadata.palisade.acknowledge, Metadata.cdk_nag); the
  suppression's source names the template resource ("cdk-acknowledgement, template: Stack/LogicalId").
  Account-wide results take the acknowledgements check reads for them, on the stack that reports
  its environment's account-wide results. Items no template declares are judged as without --templates.
  Expiry and --strict-suppressions judge these as in check; the exceptions file applies on top.

Exit codes:
  0  no unsuppressed result at or above --fail-on
  1  at least one such result
  2  bad input or usage (an unreadable snapshot, an unknown region, a missing aggregator): one line
  3  internal error (a bug: please report it)
  4  incomplete: something could not be read (access denied, no recorder, a type not recorded,
     a stale aggregator source, a page that failed after retries, the timeout); each gap is named
     in the text summary and in the JSON report's coverage.gaps, and nothing there counts as compliant
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

  addRunOptions(
    program
      .command('check')
      .description('check CloudFormation templates, directories of them, or CDK cloud assemblies (cdk.out)')
      .argument('<paths...>', 'template files (JSON or YAML), directories, or cdk.out directories'),
  )
    .option('--parameter-defaults', 'treat each parameter’s Default as its value')
    .option(
      '--account <id>',
      'the account plain templates deploy to (a cdk.out says its own): account-wide checks count resources only across templates bound to the same account and region',
    )
    .option('--region <region>', 'the region plain templates deploy to (a cdk.out says its own)')
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

  const scanCommand = program
    .command('scan')
    .description('check what is deployed, as AWS Config records it: snapshot files, one account, or an organisation')
    .option('--snapshot <file|dir...>', 'AWS Config snapshot files (JSON, or gzipped), or directories in Config’s S3 layout')
    .option('-r, --region <region>', 'live: a region to read; repeatable (with --aggregator: the aggregator’s region)', collect)
    .option('--profile <name>', 'live: a named profile from the shared AWS config files')
    .option('--aggregator <name>', 'live: read an organisation through this AWS Config aggregator')
    .option('--endpoint-url <url>', 'live: send AWS Config requests here (also AWS_ENDPOINT_URL_CONFIG_SERVICE)')
    .option('--timeout <seconds>', 'live: stop reading after this long; what was not read is reported as a gap')
    .option(
      '--compare-config-rules',
      'live: also read AWS Config’s evaluations of the managed rules ours mirror, and list differences',
    )
    .option('--role-arn <arn>', 'live: assume this IAM role (with the profile’s or default credentials) and read as it')
    .option(
      '-t, --templates <paths...>',
      'cdk.out, template files or directories: results on the resources they declare honour their acknowledgements, as check does',
    )
    .option(
      '--strict-suppressions',
      'honour only suppressions with an owner and an expiry date (acknowledgements from --templates without them are reported, not applied)',
    );
  addRunOptions(scanCommand)
    .addHelpText('after', SCAN_HELP)
    .action(async (options) => {
      code = await scan(options, io, catalogue);
    });

  program
    .command('rules')
    .description('list the rule catalogue with its framework mappings')
    .option('-f, --format <format>', 'text | json | markdown', 'text')
    .option('-p, --pack <pack>', 'only the rules of one pack: ncsc-csp | ten-steps | cyber-essentials | internet-first | all')
    .action((options) => {
      code = listRules(options, io);
    });

  program
    .command('conformance-pack')
    .description('write the AWS Config conformance pack (YAML) of the managed rules a pack mirrors, with our thresholds')
    .requiredOption('-p, --pack <pack>', 'ncsc-csp | ten-steps | cyber-essentials | internet-first | all')
    .option('-r, --region <region>', 'leave out managed rules AWS does not offer in this region (listed on stderr)')
    .option('-o, --output <file|dir>', 'a file (numbered when the pack is split) or a directory (one file per pack)')
    .action((options) => {
      code = conformancePack(options, io);
    });

  program
    .command('drift')
    .description('compare what runs (AWS Config) with the templates approved, or two reports (--since OLD NEW); read-only')
    .option('-t, --templates <paths...>', 'the approved side: cdk.out, template files or directories')
    .option('--snapshot <paths...>', 'deployed side: AWS Config snapshot files or delivery directories')
    .option('-r, --region <regions>', 'deployed side, live: the regions to read (or the aggregator’s region)', collect)
    .option('--aggregator <name>', 'deployed side, live: an AWS Config aggregator (with --region)')
    .option('--account <ids>', 'with --aggregator: only these accounts', collect)
    .option('--profile <name>', 'AWS profile for a live read')
    .option('--role-arn <arn>', 'live: assume this IAM role and read as it')
    .option('--endpoint-url <url>', 'AWS Config endpoint (a local stand-in)')
    .option('--since <reports...>', 'verdict drift between two JSON reports of check or scan: OLD.json NEW.json')
    .option('--allow-unmanaged <globs>', 'never report these as unmanaged (ARN, id, name or type globs); repeatable', collect)
    .option('-f, --format <formats>', 'text | json | sarif; repeat or separate with commas (default: text)', collect)
    .option('-o, --output <[format=]file>', 'write a format to a file; repeatable', collect)
    .option('-p, --pack <pack>', 'compare only the rules of this pack (default: all)')
    .addOption(new Option('--fail-on <level>', 'lowest drift that fails the run: error | warning | none (default: error)'))
    .option('-e, --exceptions <file>', 'exceptions file with `drift:` entries (default: palisade.exceptions.yaml, when present)')
    .option('--no-exceptions', 'ignore palisade.exceptions.yaml')
    .option('--check <ids>', 'compare only these rules (ids or globs)', collect)
    .option('--skip-check <ids>', 'leave these rules out (ids or globs)', collect)
    .option('--rules <module>', 'also compare the rules a compiled JS module exports; repeatable', collect)
    .option('--parameter-defaults', 'treat each parameter’s Default as its value')
    .addHelpText('after', DRIFT_HELP)
    .action(async (options) => {
      code = await drift(options, io, catalogue);
    });

  const evidenceCommand = program
    .command('evidence')
    .description('write an evidence pack (HTML, CSV, OSCAL, manifest) from findings reports; `evidence verify DIR` checks one')
    .argument('<findings...>', 'JSON reports of `palisade check --format json` (or scan)')
    .option('-o, --output <dir>', 'directory to write the pack into (replaced whole, or left untouched on error)')
    .option('--attestations <file>', 'evidence.yaml: attestations for process requirements')
    .option('--sign <key>', 'sign manifest.json with this Ed25519 or ECDSA private key (PEM)')
    .option('--since <dir>', 'a previous evidence pack: show what changed since')
    .option('--pdf', 'also print index.pdf with headless Chromium')
    .action((findings: string[], options) => {
      code = evidence(findings, options, io, catalogue);
    });
  evidenceCommand
    .command('verify')
    .description('recompute every hash of an evidence pack and check its signature')
    .argument('<dir>', 'the evidence pack')
    .option('--key <pub>', 'the public key (PEM) the supplier published, to check the signature against')
    .action((dir: string, options) => {
      code = verifyEvidence(dir, options, io);
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
