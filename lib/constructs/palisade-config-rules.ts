import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CATALOGUE } from '../../rules/catalogue';
import { CustomRulePlan, customRulePlans } from '../config-rules/plan';
import { DataKey } from './data-key';
import { CONFIG_RULES_DEFAULTS, LOG_DEFAULTS } from './defaults';
import { ManagedPolicyRole } from './managed-policy-role';
import { invalidProp, isKnown, warnWeakened } from './support';

export type ExecutionFrequency = 'One_Hour' | 'Three_Hours' | 'Six_Hours' | 'Twelve_Hours' | 'TwentyFour_Hours';

export interface PalisadeConfigRulesProps {
  /**
   * The Palisade rules to deploy, by id; each must read AWS Config items and have no managed twin.
   * @default - every such rule in the catalogue
   */
  readonly ruleIds?: string[];
  /**
   * Deploy to every account of the organisation (`AWS::Config::OrganizationConfigRule`,
   * from the management or delegated administrator account) instead of this account.
   * @default false
   */
  readonly organization?: boolean;
  /** With `organization`: accounts left out. @default - none */
  readonly excludedAccounts?: string[];
  /**
   * With `organization`: the role in each member account that the function assumes to read
   * items and send results there (see the README for its policy and trust).
   * @default 'PalisadeConfigRulesMember'
   */
  readonly memberRoleName?: string;
  /** How often account-wide rules run. @default 'TwentyFour_Hours' */
  readonly maximumExecutionFrequency?: ExecutionFrequency;
  /** Retention of the function's log group. @default one year (LOG_DEFAULTS.retention) */
  readonly logRetention?: logs.RetentionDays;
  /** Key for the function's log group. @default - a new DataKey */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Palisade's own rules as AWS Config custom rules, for the rules no managed rule
 * mirrors (those go in a `CompliancePack`): one Lambda function holding the whole
 * catalogue, and one Config rule per Palisade rule, triggered by changes to its
 * resource types, or on a schedule for account-wide rules. The rule's input
 * parameters name the Palisade rule (`ruleId`).
 */
export class PalisadeConfigRules extends Construct {
  public readonly function: lambda.Function;
  public readonly role: iam.Role;
  /** The Config rules, in catalogue order. */
  public readonly rules: readonly (config.CfnConfigRule | config.CfnOrganizationConfigRule)[];
  /** What was deployed: the Palisade rule, its Config rule name, its trigger. */
  public readonly plans: readonly CustomRulePlan[];

  constructor(scope: Construct, id: string, props: PalisadeConfigRulesProps = {}) {
    super(scope, id);
    if (props.excludedAccounts && !props.organization)
      invalidProp(this, 'excludedAccounts', props.excludedAccounts, 'it applies only with organization: true');
    if (props.memberRoleName && !props.organization)
      invalidProp(this, 'memberRoleName', props.memberRoleName, 'it applies only with organization: true');
    const memberRoleName = props.memberRoleName ?? CONFIG_RULES_DEFAULTS.memberRoleName;
    if (isKnown(memberRoleName) && !/^[\w+=,.@-]{1,64}$/.test(memberRoleName))
      invalidProp(this, 'memberRoleName', memberRoleName, 'use an IAM role name (letters, digits and +=,.@_-, at most 64)');
    this.plans = selectPlans(this, props.ruleIds);

    const retention = props.logRetention ?? LOG_DEFAULTS.retention;
    if (retention !== logs.RetentionDays.INFINITE && retention < LOG_DEFAULTS.retention) {
      warnWeakened(
        this,
        'config-rules',
        'log-retention',
        `log retention of ${retention} days is below the default of ${LOG_DEFAULTS.retention}`,
      );
    }
    const key = props.encryptionKey ?? new DataKey(this, 'LogKey', { description: 'Palisade Config rules function logs' });
    // a key of someone else's must already let CloudWatch Logs of this account use it
    if (key instanceof DataKey) key.allowCloudWatchLogs();
    const logGroup = new logs.LogGroup(this, 'Logs', { retention, encryptionKey: key, removalPolicy: RemovalPolicy.RETAIN });

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Palisade Config rules: reads Config items, sends evaluations',
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'EvaluateWithConfig', actions: [...CONFIG_RULES_DEFAULTS.actions], resources: ['*'] }),
    );
    logGroup.grantWrite(this.role);
    if (props.organization) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          sid: 'AssumeMemberRole',
          actions: ['sts:AssumeRole'],
          resources: [
            Stack.of(this).formatArn({
              service: 'iam',
              region: '',
              account: '*',
              resource: 'role',
              resourceName: memberRoleName,
            }),
          ],
        }),
      );
    }
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'The AWS Config read and PutEvaluations actions have no resource-level permissions.',
    });

    this.function = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: handlerCode(this),
      description: 'Palisade: evaluates Palisade rules for AWS Config custom rules',
      role: this.role,
      logGroup,
      timeout: Duration.minutes(5),
      memorySize: 512,
      reservedConcurrentExecutions: CONFIG_RULES_DEFAULTS.reservedConcurrency,
      loggingFormat: lambda.LoggingFormat.JSON,
    });
    const reasons: Record<string, string> = {
      LambdaInsideVpc:
        'It calls only the AWS Config API (and STS in organisation mode) and handles configuration metadata, not service data; in a VPC it would need Config and STS endpoints in every account that deploys it.',
      LambdaDlqConfigured:
        'Config invokes it again on the next change or schedule; a failed invocation shows on the Config rule as an evaluation error, which a queue would only duplicate.',
      LambdaCodeSigningEnforced:
        "The code is Palisade's own bundle, published as a CDK asset whose hash is pinned in the template.",
    };
    for (const [ruleId, reason] of Object.entries(reasons)) Validations.of(this.function).acknowledge({ id: ruleId, reason });

    const permission = new lambda.CfnPermission(this, 'ConfigInvoke', {
      action: 'lambda:InvokeFunction',
      functionName: this.function.functionArn,
      principal: 'config.amazonaws.com',
      // organisation rules invoke it from every member account; a single account's rules only from this one
      sourceAccount: props.organization ? undefined : Stack.of(this).account,
    });
    const frequency: ExecutionFrequency = props.maximumExecutionFrequency ?? CONFIG_RULES_DEFAULTS.frequency;
    this.rules = this.plans.map((plan) => {
      const rule = props.organization
        ? this.organizationRule(plan, frequency, memberRoleName, props.excludedAccounts)
        : this.accountRule(plan, frequency);
      rule.node.addDependency(permission);
      return rule;
    });
  }

  private accountRule(plan: CustomRulePlan, frequency: ExecutionFrequency): config.CfnConfigRule {
    return new config.CfnConfigRule(this, plan.ruleId, {
      configRuleName: plan.name,
      description: plan.description,
      inputParameters: { ruleId: plan.ruleId },
      scope: plan.resourceTypes.length ? { complianceResourceTypes: [...plan.resourceTypes] } : undefined,
      maximumExecutionFrequency: plan.periodic ? frequency : undefined,
      source: {
        owner: 'CUSTOM_LAMBDA',
        sourceIdentifier: this.function.functionArn,
        sourceDetails: triggers(plan).map((messageType) => ({ eventSource: 'aws.config', messageType })),
      },
    });
  }

  private organizationRule(
    plan: CustomRulePlan,
    frequency: ExecutionFrequency,
    memberRoleName: string,
    excludedAccounts?: string[],
  ): config.CfnOrganizationConfigRule {
    return new config.CfnOrganizationConfigRule(this, plan.ruleId, {
      organizationConfigRuleName: plan.name,
      excludedAccounts,
      organizationCustomRuleMetadata: {
        lambdaFunctionArn: this.function.functionArn,
        organizationConfigRuleTriggerTypes: triggers(plan),
        resourceTypesScope: plan.resourceTypes.length ? [...plan.resourceTypes] : undefined,
        maximumExecutionFrequency: plan.periodic ? frequency : undefined,
        inputParameters: JSON.stringify({ ruleId: plan.ruleId, executionRoleName: memberRoleName }),
        description: plan.description,
      },
    });
  }
}

/** Config's message types for a rule: item changes (oversized ones too) on its types, the schedule for the account. */
function triggers(plan: CustomRulePlan): string[] {
  const types: string[] = [];
  if (plan.resourceTypes.length)
    types.push('ConfigurationItemChangeNotification', 'OversizedConfigurationItemChangeNotification');
  if (plan.periodic) types.push('ScheduledNotification');
  return types;
}

function selectPlans(scope: Construct, ruleIds: readonly string[] | undefined): CustomRulePlan[] {
  const plans = customRulePlans(CATALOGUE);
  if (ruleIds === undefined) return plans;
  for (const id of ruleIds) {
    if (plans.some((p) => p.ruleId === id)) continue;
    const rule = CATALOGUE.find((r) => r.id === id);
    const why = !rule
      ? 'it is not a Palisade rule'
      : rule.configRule
        ? `it mirrors the managed rule ${rule.configRule}; deploy it with a CompliancePack`
        : 'it has no AWS Config adapter yet';
    invalidProp(scope, 'ruleIds', id, why);
  }
  return plans.filter((p) => ruleIds.includes(p.ruleId));
}

let synthBundle: string | undefined;

/**
 * The handler bundle: built by `npm run build` into dist/config-rules (what an
 * installed package uses), or, in a checkout running the TypeScript sources, built
 * now with the same script, once per process.
 */
function handlerCode(scope: Construct): lambda.Code {
  const prebuilt = join(__dirname, '..', '..', 'config-rules');
  if (existsSync(join(prebuilt, 'index.js'))) return lambda.Code.fromAsset(prebuilt);
  const script = join(__dirname, '..', '..', 'scripts', 'bundle.js');
  if (!existsSync(script))
    invalidProp(
      scope,
      'code',
      prebuilt,
      'the Config rules handler bundle is missing; reinstall palisade-nhs or run npm run build',
    );
  if (!synthBundle) {
    const outdir = mkdtempSync(join(tmpdir(), 'palisade-config-rules-'));
    (require(script) as { bundleConfigRules(outdir: string): unknown }).bundleConfigRules(outdir);
    synthBundle = outdir;
  }
  return lambda.Code.fromAsset(synthBundle);
}
