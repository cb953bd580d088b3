import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import {
  CfnResource,
  IPolicyValidationContext,
  NestedStack,
  PolicyValidationPluginReport,
  PolicyViolation,
  Stack,
  Validations,
} from 'aws-cdk-lib';
// The pack base class alone: cdk-nag's index loads all six of its own packs (about 150 ms).
import { NagPack, NagPackProps } from 'cdk-nag/lib/nag-pack';
import { IConstruct } from 'constructs';
import { CATALOGUE, rulesOfPack } from '../../rules/catalogue';
import { PACKS, PackId } from '../../rules/frameworks';
import { VERSION } from '../cli/version';
import { evaluate } from '../engine/evaluate';
import { Finding, Template } from '../engine/model';
import { Rule } from '../engine/rule';
import { matchesRule } from '../engine/suppressions';
import { parseTemplate } from '../sources/template/parse';

export interface PalisadePackProps extends NagPackProps {
  /** Rules to evaluate instead of Palisade's catalogue (a team's own rules beside ours). @default the catalogue */
  readonly rules?: readonly Rule[];
  /** Report INSUFFICIENT_DATA ("needs review") as warnings. @default true */
  readonly reportInsufficientData?: boolean;
}

/**
 * A cdk-nag v3 pack over the Palisade catalogue. It evaluates the synthesized
 * templates CDK hands to validation plugins, so escape-hatch overrides are seen
 * and relation rules (bucket + policy, VPC + flow log) see the whole stack; the
 * construct tree supplies construct paths and acknowledgements.
 */
abstract class PalisadePack extends NagPack {
  public override readonly version = VERSION;
  public override readonly ruleIds: string[];
  private readonly rules: readonly Rule[];
  private readonly reportInsufficientData: boolean;

  protected constructor(pack: PackId, scope?: IConstruct, props: PalisadePackProps = {}) {
    super(scope, props);
    this.packName = PACKS[pack].name;
    this.rules = rulesOfPack(pack, props.rules ?? CATALOGUE);
    this.ruleIds = this.rules.map((r) => r.id);
    this.reportInsufficientData = props.reportInsufficientData ?? true;
  }

  public override validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const tree = constructIndex(context.appConstruct);
    const templates: Template[] = [];
    for (const stackTemplate of context.stackTemplates) {
      const stack = tree.stacksByPath.get(stackTemplate.stackConstructPath);
      templates.push(templateOf(stackTemplate.templatePath, stack, tree, stackTemplate.region, stackTemplate.accountId));
      for (const nested of tree.nestedOf.get(stack!) ?? []) {
        const file = join(dirname(stackTemplate.templatePath), nested.templateFile);
        templates.push(templateOf(file, nested, tree, stackTemplate.region, stackTemplate.accountId));
      }
    }
    return this.report(evaluate(this.rules, templates), tree);
  }

  /** Direct invocation without synthesis is not possible: the rules read synthesized templates. */
  public override validateScope(scope: IConstruct): PolicyValidationPluginReport {
    throw new Error(
      `${this.readPackName} evaluates synthesized templates; register it with Validations.of(app).addPlugins(new ${this.readPackName}(app)) and synthesize (scope: ${scope.node.path || 'app'})`,
    );
  }

  /** Unused: evaluation happens per template in validate(), where relations between resources are visible. */
  protected checkResource(_node: CfnResource): void {}

  private report(findings: Finding[], tree: ConstructIndex): PolicyValidationPluginReport {
    const violations = new Map<
      string,
      PolicyViolation & { violatingResources: PolicyViolation['violatingResources'][number][] }
    >();
    let success = true;
    for (const f of findings) {
      const needsReview = f.status === 'INSUFFICIENT_DATA';
      if (f.status !== 'NON_COMPLIANT' && !(needsReview && this.reportInsufficientData)) continue;
      const path = f.resource.constructPath;
      if (f.suppression || (path && tree.isAcknowledged(path, f.ruleId))) continue;
      const severity = needsReview ? 'warning' : f.severity;
      if (severity === 'error') success = false;
      const key = `${f.ruleId}|${severity}`;
      let v = violations.get(key);
      if (!v) {
        const rule = this.rules.find((r) => r.id === f.ruleId)!;
        v = {
          ruleName: f.ruleId,
          description: needsReview ? `needs review — ${rule.title}: Palisade could not decide` : rule.title,
          fix: rule.remediation,
          severity,
          ruleMetadata: metadataOf(rule),
          violatingResources: [],
        };
        violations.set(key, v);
      }
      v.violatingResources.push({
        resourceLogicalId: f.resource.logicalId,
        templatePath: f.resource.template,
        constructPath: path,
        locations: [f.message],
      });
    }
    return { success, violations: [...violations.values()], pluginVersion: VERSION };
  }
}

function metadataOf(rule: Rule): Record<string, string> {
  const c = rule.controls;
  const meta: Record<string, string> = {};
  if (c.ncscCsp.length) meta.ncscCsp = c.ncscCsp.join(', ');
  if (c.tenSteps.length) meta.tenSteps = c.tenSteps.join(', ');
  if (c.cyberEssentials.length) meta.cyberEssentials = c.cyberEssentials.join(', ');
  if (c.internetFirst.length) meta.internetFirst = c.internetFirst.join(', ');
  if (rule.configRule) meta.configRule = rule.configRule;
  return meta;
}

function templateOf(file: string, stack: Stack | undefined, tree: ConstructIndex, region?: string, account?: string): Template {
  return parseTemplate(readFileSync(file, 'utf8'), file, {
    stack: stack ? (stack.nestedStackParent ? stack.node.path : stack.stackName) : undefined,
    region: region && !region.startsWith('unknown-') ? region : undefined,
    account: account && !account.startsWith('unknown-') ? account : undefined,
    constructPaths: stack ? tree.logicalIds.get(stack) : undefined,
    tags: stack?.tags.tagValues(),
    parent: stack?.nestedStackParent?.stackName,
    constructPath: stack?.node.path,
  });
}

interface ConstructIndex {
  readonly stacksByPath: Map<string, Stack>;
  readonly nestedOf: Map<Stack, NestedStack[]>;
  /** Construct path of every CfnResource, by stack and logical id. */
  readonly logicalIds: Map<Stack, Map<string, string>>;
  isAcknowledged(path: string, ruleId: string): boolean;
}

/** One walk of the construct tree: stacks, nested stacks, logical ids and acknowledgements. */
function constructIndex(app: IConstruct): ConstructIndex {
  const stacksByPath = new Map<string, Stack>();
  const nestedOf = new Map<Stack, NestedStack[]>();
  const logicalIds = new Map<Stack, Map<string, string>>();
  const acknowledged = new Map<string, string[]>();
  for (const c of app.node.findAll()) {
    if (Stack.isStack(c)) {
      stacksByPath.set(c.node.path, c);
      // Nested stacks hang off their top-level stack so their templates are read beside it.
      let top: Stack = c;
      while (top.nestedStackParent) top = top.nestedStackParent;
      if (c !== top) nestedOf.set(top, [...(nestedOf.get(top) ?? []), c as NestedStack]);
    }
    if (CfnResource.isCfnResource(c)) {
      const stack = Stack.of(c);
      const ids = logicalIds.get(stack) ?? new Map<string, string>();
      ids.set(stack.resolve(c.logicalId), c.node.path);
      logicalIds.set(stack, ids);
    }
    for (const entry of c.node.metadata) {
      if (entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY && entry.data) {
        // An acknowledgement without a reason is not honoured, here as in `palisade check`.
        const ids = Object.entries(entry.data as Record<string, unknown>)
          .filter(([, reason]) => typeof reason === 'string' && reason.trim() !== '')
          .map(([k]) => k.replace(/^annotation::/i, ''));
        acknowledged.set(c.node.path, [...(acknowledged.get(c.node.path) ?? []), ...ids]);
      }
    }
  }
  return {
    stacksByPath,
    nestedOf,
    logicalIds,
    isAcknowledged(path, ruleId) {
      // From the construct itself up to the app, whose path is the empty string.
      const parts = path.split('/');
      for (let i = parts.length; i >= 0; i--) {
        const ids = acknowledged.get(parts.slice(0, i).join('/'));
        if (ids?.some((id) => matchesRule(id, ruleId))) return true;
      }
      return false;
    },
  };
}

/** Every Palisade rule. */
export class PalisadeChecks extends PalisadePack {
  public readonly name = 'PalisadeChecks';
  constructor(scope?: IConstruct, props?: PalisadePackProps) {
    super('all', scope, props);
  }
}

/** Rules that evidence the NCSC Cloud Security Principles. */
export class NcscCloudSecurityPrinciplesChecks extends PalisadePack {
  public readonly name = 'NcscCloudSecurityPrinciplesChecks';
  constructor(scope?: IConstruct, props?: PalisadePackProps) {
    super('ncsc-csp', scope, props);
  }
}

/** Rules that evidence the NCSC 10 Steps to Cyber Security. */
export class NcscTenStepsChecks extends PalisadePack {
  public readonly name = 'NcscTenStepsChecks';
  constructor(scope?: IConstruct, props?: PalisadePackProps) {
    super('ten-steps', scope, props);
  }
}

/** Rules that evidence the UK Cyber Essentials technical controls. */
export class CyberEssentialsChecks extends PalisadePack {
  public readonly name = 'CyberEssentialsChecks';
  constructor(scope?: IConstruct, props?: PalisadePackProps) {
    super('cyber-essentials', scope, props);
  }
}

/** Rules that evidence the NHS Internet First network requirements. */
export class InternetFirstChecks extends PalisadePack {
  public readonly name = 'InternetFirstChecks';
  constructor(scope?: IConstruct, props?: PalisadePackProps) {
    super('internet-first', scope, props);
  }
}
