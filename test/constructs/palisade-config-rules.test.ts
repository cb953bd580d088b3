import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { customRulePlans } from '../../lib/config-rules/plan';
import { CONFIG_RULES_DEFAULTS, PalisadeConfigRules } from '../../lib/constructs';
import { ACCOUNT_TYPE } from '../../lib/engine/template-index';
import { CATALOGUE } from '../../rules/catalogue';
import { Checked, ENV, nagFailures, openFailures, palisadeFailures, synthWithChecks, testApp, testStack } from './harness';

/** The rules that must deploy, computed from the catalogue as it is now (adapters are being added). */
const ELIGIBLE = CATALOGUE.filter((r) => r.adapters.configItem && !r.configRule);

describe('PalisadeConfigRules in one account', () => {
  let stack: Stack;
  let template: Template;
  let construct: PalisadeConfigRules;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Rules', { env: ENV });
    construct = new PalisadeConfigRules(stack, 'Rules');
    template = Template.fromStack(stack);
  });

  it('deploys one CUSTOM_LAMBDA Config rule per Palisade rule with a Config adapter and no managed twin', () => {
    expect(ELIGIBLE.length).toBeGreaterThan(0);
    const rules = Object.values(template.findResources('AWS::Config::ConfigRule'));
    expect(rules.map((r) => JSON.parse(JSON.stringify(r.Properties.InputParameters)).ruleId).sort()).toEqual(
      ELIGIBLE.map((r) => r.id).sort(),
    );
    for (const r of rules) expect(r.Properties.Source.Owner).toBe('CUSTOM_LAMBDA');
    // none of them mirrors a managed rule: those belong to the conformance pack
    expect(ELIGIBLE.some((r) => r.configRule)).toBe(false);
  });

  it('triggers each rule on changes to its own resource types, oversized items included', () => {
    const rule = ELIGIBLE.find((r) => r.id === 'SecurityGroupIngressDescribed')!;
    template.hasResourceProperties('AWS::Config::ConfigRule', {
      ConfigRuleName: 'palisade-SecurityGroupIngressDescribed',
      InputParameters: { ruleId: 'SecurityGroupIngressDescribed' },
      Scope: { ComplianceResourceTypes: [...rule.adapters.configItem!.resourceTypes] },
      Source: {
        Owner: 'CUSTOM_LAMBDA',
        SourceIdentifier: { 'Fn::GetAtt': [Match.stringLikeRegexp('^RulesFunction'), 'Arn'] },
        SourceDetails: [
          { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
          { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
        ],
      },
      MaximumExecutionFrequency: Match.absent(),
    });
  });

  it('deploys one function for every rule, with logs kept a year in an encrypted group', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs24.x',
      ReservedConcurrentExecutions: CONFIG_RULES_DEFAULTS.reservedConcurrency,
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365, KmsKeyId: Match.anyValue() });
  });

  it('stages the handler bundle as the function’s asset, with no CDK in it', () => {
    const outdir = stack.node.root instanceof App ? stack.node.root.outdir : '';
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    const code = readFileSync(join(outdir, assets[0], 'index.js'), 'utf8');
    expect(code).toContain('SecurityGroupIngressDescribed');
    expect(code).not.toMatch(/aws-cdk-lib|cdk-nag/);
  });

  it('lets only this account’s Config invoke it', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'config.amazonaws.com',
      SourceAccount: ENV.account,
    });
    template.resourceCountIs('AWS::Lambda::Permission', 1);
  });

  it('gives the role exactly the Config actions the handler sends, and no inline policy', () => {
    const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy'));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, unknown>[]);
    const config = statements.find((s) => s.Sid === 'EvaluateWithConfig')!;
    expect([...(config.Action as string[])].sort()).toEqual(
      [
        'config:DescribeConfigurationRecorderStatus',
        'config:DescribeConfigurationRecorders',
        'config:GetResourceConfigHistory',
        'config:ListDiscoveredResources',
        'config:PutEvaluations',
        'config:SelectResourceConfig',
      ].sort(),
    );
    const actions = statements.flatMap((s) => [s.Action].flat() as string[]);
    expect(actions.filter((a) => !a.startsWith('config:') && !a.startsWith('logs:'))).toEqual([]);
    expect(actions.some((a) => a.includes('*'))).toBe(false);
    template.resourceCountIs('AWS::IAM::Policy', 0);
    expect(construct.plans.length).toBe(ELIGIBLE.length);
  });
});

describe('PalisadeConfigRules across an organisation', () => {
  let template: Template;
  beforeAll(() => {
    const stack = new Stack(testApp(), 'Org', { env: ENV });
    new PalisadeConfigRules(stack, 'Rules', { organization: true, excludedAccounts: ['222222222222'] });
    template = Template.fromStack(stack);
  });

  it('deploys AWS::Config::OrganizationConfigRule with custom-rule metadata instead of account rules', () => {
    template.resourceCountIs('AWS::Config::ConfigRule', 0);
    template.resourceCountIs('AWS::Config::OrganizationConfigRule', ELIGIBLE.length);
    template.hasResourceProperties('AWS::Config::OrganizationConfigRule', {
      OrganizationConfigRuleName: 'palisade-SecurityGroupIngressDescribed',
      ExcludedAccounts: ['222222222222'],
      OrganizationCustomRuleMetadata: {
        LambdaFunctionArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^RulesFunction'), 'Arn'] },
        OrganizationConfigRuleTriggerTypes: [
          'ConfigurationItemChangeNotification',
          'OversizedConfigurationItemChangeNotification',
        ],
        ResourceTypesScope: ['AWS::EC2::SecurityGroup'],
        InputParameters: JSON.stringify({
          ruleId: 'SecurityGroupIngressDescribed',
          executionRoleName: 'PalisadeConfigRulesMember',
        }),
      },
    });
  });

  it('lets Config in member accounts invoke the function, and the function assume the member role', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission'));
    expect(permissions).toHaveLength(1);
    expect(permissions[0].Properties).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 'config.amazonaws.com' });
    expect(permissions[0].Properties.SourceAccount).toBeUndefined();
    const rules = template.findResources('AWS::Config::OrganizationConfigRule');
    const permissionId = Object.keys(template.findResources('AWS::Lambda::Permission'))[0];
    for (const r of Object.values(rules)) expect(r.DependsOn).toContain(permissionId);
    const statements = Object.values(template.findResources('AWS::IAM::ManagedPolicy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Record<string, any>[],
    );
    const assume = statements.find((s) => s.Sid === 'AssumeMemberRole')!;
    expect(assume.Action).toBe('sts:AssumeRole');
    expect(JSON.stringify(assume.Resource)).toContain(':iam::*:role/PalisadeConfigRulesMember');
  });
});

describe('PalisadeConfigRules with account-wide rules', () => {
  it('runs a rule on AWS::::Account on Config’s schedule, with no resource scope', () => {
    // The catalogue the construct reads is given an account-wide rule of known shape.
    jest.isolateModules(() => {
      jest.doMock('../../rules/catalogue', () => {
        const actual = jest.requireActual('../../rules/catalogue');
        const accountWide = {
          ...ELIGIBLE[0],
          id: 'AccountWideProbe',
          adapters: { configItem: { resourceTypes: [ACCOUNT_TYPE], facts: () => ({}) } },
        };
        return { ...actual, CATALOGUE: [...actual.CATALOGUE, accountWide] };
      });
      const { PalisadeConfigRules: Isolated } = require('../../lib/constructs/palisade-config-rules');
      const { Stack: IsolatedStack } = require('aws-cdk-lib');
      const { Match: IsolatedMatch, Template: IsolatedTemplate } = require('aws-cdk-lib/assertions');
      const stack = new IsolatedStack(testApp(), 'Periodic', { env: ENV });
      new Isolated(stack, 'Rules', { ruleIds: ['AccountWideProbe'], maximumExecutionFrequency: 'Six_Hours' });
      const template = IsolatedTemplate.fromStack(stack);
      template.resourceCountIs('AWS::Config::ConfigRule', 1);
      template.hasResourceProperties('AWS::Config::ConfigRule', {
        InputParameters: { ruleId: 'AccountWideProbe' },
        MaximumExecutionFrequency: 'Six_Hours',
        Scope: IsolatedMatch.absent(),
        Source: { Owner: 'CUSTOM_LAMBDA', SourceDetails: [{ EventSource: 'aws.config', MessageType: 'ScheduledNotification' }] },
      });
    });
  });

  it('plans account-wide rules as periodic and the rest as change-triggered', () => {
    const probe = { ...ELIGIBLE[0], id: 'Probe', adapters: { configItem: { resourceTypes: [ACCOUNT_TYPE], facts: () => ({}) } } };
    const plans = customRulePlans([...ELIGIBLE, probe]);
    expect(plans.find((p) => p.ruleId === 'Probe')).toMatchObject({ periodic: true, resourceTypes: [] });
    for (const p of plans) {
      const accountWide = [...ELIGIBLE, probe]
        .find((r) => r.id === p.ruleId)!
        .adapters.configItem!.resourceTypes.includes(ACCOUNT_TYPE);
      expect([p.ruleId, p.periodic, p.resourceTypes.length > 0]).toEqual([p.ruleId, accountWide, !accountWide]);
    }
  });
});

describe('PalisadeConfigRules props', () => {
  it('fails when ruleIds names a rule with a managed twin, naming the pack to use', () => {
    const stack = new Stack(testApp(), 'Bad', { env: ENV });
    expect(() => new PalisadeConfigRules(stack, 'Rules', { ruleIds: ['SecurityGroupNoPublicSsh'] })).toThrow(
      /ruleIds: 'SecurityGroupNoPublicSsh' is not allowed; it mirrors the managed rule INCOMING_SSH_DISABLED; deploy it with a CompliancePack/,
    );
  });

  it('fails when excludedAccounts is given without organization', () => {
    const stack = new Stack(testApp(), 'Bad2', { env: ENV });
    expect(() => new PalisadeConfigRules(stack, 'Rules', { excludedAccounts: ['222222222222'] })).toThrow(
      /excludedAccounts: .* it applies only with organization: true/,
    );
  });
});

describe('dogfood: PalisadeConfigRules with default props', () => {
  let checked: Checked;
  beforeAll(() => {
    const app = testApp();
    new PalisadeConfigRules(testStack(app, 'ConfigRules'), 'Rules');
    checked = synthWithChecks(app);
  });

  it('gives no open NON_COMPLIANT result from the Palisade engine', () => {
    expect(openFailures(checked.findings.filter((f) => f.resource.type !== 'AWS::::Account'))).toEqual([]);
  });

  it('evaluated its function: reserved concurrency and a supported runtime pass, the rest are acknowledged with reasons', () => {
    const fn = (ruleId: string) =>
      checked.findings.find((f) => f.ruleId === ruleId && f.resource.constructPath === 'ConfigRules/Rules/Function/Resource');
    expect(fn('LambdaConcurrencyLimit')?.status).toBe('COMPLIANT');
    expect(fn('LambdaSupportedRuntime')?.status).toBe('COMPLIANT');
    expect(fn('LambdaInsideVpc')?.suppression?.reason).toMatch(/AWS Config API/);
  });

  it('gives no PalisadeChecks failure and no unacknowledged AwsSolutions finding on its own resources', () => {
    const own = (lines: string[]) => lines.filter((l) => l.includes('/Rules/'));
    expect(own(palisadeFailures(checked.palisade))).toEqual([]);
    expect(own(nagFailures(checked.awsSolutions))).toEqual([]);
  });
});
