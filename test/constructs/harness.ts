/**
 * Shared set-up for construct tests. Synthesis is the slow part on a small machine,
 * so each describe block synthesizes once (beforeAll) and asserts many times.
 *
 * CDK's built-in CloudFormation validation (on by default since aws-cdk-lib 2.262,
 * about 3 s per synth here) is switched off with the App's
 * `builtinCloudFormationValidation: false` — the same switch as `CDK_VALIDATION=false`
 * or `cdk synth --no-validation`; nothing here tests it.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack, StackProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { evaluate } from '../../lib/engine/evaluate';
import { Finding } from '../../lib/engine/model';
import { PalisadeChecks } from '../../lib/nag';
import { loadCloudAssembly } from '../../lib/sources/template/cloud-assembly';
import { CATALOGUE } from '../../rules/catalogue';

export const ENV = { account: '111111111111', region: 'eu-west-2' };

/** An app that synthesizes into a temporary directory, without CDK's built-in validation. */
export function testApp(): App {
  return new App({
    outdir: mkdtempSync(join(tmpdir(), 'palisade-constructs-')),
    builtinCloudFormationValidation: false,
    // Violations are read from the report below rather than thrown from synth().
    context: { '@aws-cdk/core:failSynthOnValidationErrors': false },
  });
}

/** A stack bound to eu-west-2 (no account: nothing may need a lookup), tagged as the stack rules expect of an app. */
export function testStack(app: App, id: string, props: StackProps = {}): Stack {
  const stack = new Stack(app, id, { env: ENV, ...props });
  Tags.of(stack).add('owner', 'palisade-tests@example.org');
  Tags.of(stack).add('data-classification', 'OFFICIAL');
  Tags.of(stack).add('dpia', 'DPIA-TEST-0001');
  return stack;
}

export interface Violation {
  readonly ruleName: string;
  readonly description: string;
  readonly severity: string;
  readonly violatingConstructs: { constructPath?: string; locations?: string[] }[];
}

export interface Checked {
  /** Every Palisade result, from the engine over the synthesized cloud assembly (acknowledgements applied). */
  readonly findings: Finding[];
  /** Violations PalisadeChecks reported during synthesis (needs-review warnings included). */
  readonly palisade: Violation[];
  /** Violations cdk-nag's AwsSolutionsChecks reported during synthesis. */
  readonly awsSolutions: Violation[];
  readonly outdir: string;
}

/** Registers PalisadeChecks and AwsSolutionsChecks, synthesizes once, and returns what both found. */
export function synthWithChecks(app: App): Checked {
  Validations.of(app).addPlugins(new PalisadeChecks(app), new AwsSolutionsChecks(app));
  return synthAndCheck(app);
}

/** Synthesizes an app whose checks are already registered, and returns what they and the engine found. */
export function synthAndCheck(app: App): Checked {
  const stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  let outdir: string;
  try {
    outdir = app.synth().directory;
  } finally {
    stderr.mockRestore();
  }
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
  const plugins = report.pluginReports as { pluginName: string; violations: Violation[] }[];
  const of = (name: string) => plugins.filter((p) => p.pluginName === name).flatMap((p) => p.violations);
  return {
    findings: evaluate(CATALOGUE, loadCloudAssembly(outdir)),
    palisade: of('PalisadeChecks'),
    awsSolutions: of('AwsSolutions'),
    outdir,
  };
}

/** Open NON_COMPLIANT findings, one line each, for a readable failure message. */
export function openFailures(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.status === 'NON_COMPLIANT' && !f.suppression)
    .map((f) => `${f.ruleId} ${f.resource.constructPath ?? f.resource.logicalId}: ${f.message}`);
}

/** PalisadeChecks violations that are failures, not needs-review warnings. */
export function palisadeFailures(violations: readonly Violation[]): string[] {
  return violations
    .filter((v) => !v.description.startsWith('needs review'))
    .flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} ${c.constructPath}`));
}

export function nagFailures(violations: readonly Violation[]): string[] {
  return violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} ${c.constructPath}`));
}

/** Statuses one rule gave the resources under a construct path. */
export function statusesOf(findings: readonly Finding[], ruleId: string, pathPrefix: string): string[] {
  return findings
    .filter((f) => f.ruleId === ruleId && (f.resource.constructPath ?? '').startsWith(pathPrefix))
    .map((f) => f.status);
}
