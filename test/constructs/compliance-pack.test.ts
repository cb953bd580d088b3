import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { LIMITS } from '../../lib/conformance/limits';
import { CompliancePack } from '../../lib/constructs';
import { parseTemplate } from '../../lib/sources/template/parse';
import { ENV, testApp } from './harness';

const DATE = '2026-12-02';

describe('CompliancePack in one account', () => {
  let stack: Stack;
  let template: Template;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Packs', { env: ENV });
    new CompliancePack(stack, 'Ncsc', { pack: 'ncsc-csp', evaluationDate: DATE });
    template = Template.fromStack(stack);
  });

  it('deploys the pack as numbered AWS::Config::ConformancePack resources with inline template bodies', () => {
    const packs = template.findResources('AWS::Config::ConformancePack');
    expect(Object.values(packs).map((p) => p.Properties.ConformancePackName)).toEqual([
      'palisade-ncsc-csp-1',
      'palisade-ncsc-csp-2',
    ]);
    for (const p of Object.values(packs)) {
      const body: string = p.Properties.TemplateBody;
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(LIMITS.templateBodyBytes);
      const rules = Object.values(parseTemplate(body, 'body.yaml').body.Resources);
      expect(rules.length).toBeLessThanOrEqual(LIMITS.rulesPerPack);
      expect(rules.every((r) => r.Type === 'AWS::Config::ConfigRule')).toBe(true);
    }
  });

  it('carries our thresholds as input parameters', () => {
    template.hasResourceProperties('AWS::Config::ConformancePack', {
      TemplateBody: Match.stringLikeRegexp(
        'SourceIdentifier: CW_LOGGROUP_RETENTION_PERIOD_CHECK[\\s\\S]*MinRetentionTime: "365"',
      ),
    });
  });

  it('leaves out, with a warning, the managed rules the stack’s region (eu-west-2) does not offer', () => {
    const bodies = Object.values(template.findResources('AWS::Config::ConformancePack'))
      .map((p) => p.Properties.TemplateBody as string)
      .join('\n');
    expect(bodies).not.toContain('CLOUDFRONT_VIEWER_POLICY_HTTPS');
    Annotations.fromStack(stack).hasWarning(
      '/Packs/Ncsc',
      Match.stringLikeRegexp(
        'managed rules left out for eu-west-2: .*CLOUDFRONT_VIEWER_POLICY_HTTPS \\(not offered in eu-west-2\\)',
      ),
    );
  });
});

describe('CompliancePack across an organisation', () => {
  it('deploys AWS::Config::OrganizationConformancePack with the excluded accounts', () => {
    const stack = new Stack(testApp(), 'Org', { env: { region: 'us-east-1' } });
    const pack = new CompliancePack(stack, 'Ce', {
      pack: 'cyber-essentials',
      organization: true,
      excludedAccounts: ['111111111111'],
      evaluationDate: DATE,
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Config::ConformancePack', 0);
    template.hasResourceProperties('AWS::Config::OrganizationConformancePack', {
      OrganizationConformancePackName: 'palisade-cyber-essentials-1',
      ExcludedAccounts: ['111111111111'],
      // Only us-east-1 offers the CloudFront rules.
      TemplateBody: Match.stringLikeRegexp('SourceIdentifier: CLOUDFRONT_ASSOCIATED_WITH_WAF'),
    });
    expect(pack.packs).toHaveLength(1);
  });

  it('leaves nothing out when the region is a token', () => {
    const stack = new Stack(testApp(), 'Agnostic');
    const pack = new CompliancePack(stack, 'All', { pack: 'internet-first', evaluationDate: DATE });
    expect(pack.omittedRules).toEqual([]);
  });
});

describe('CompliancePack props', () => {
  const make = (props: ConstructorParameters<typeof CompliancePack>[2]) => () =>
    new CompliancePack(new Stack(testApp(), 'Bad', { env: ENV }), 'Pack', props);

  it('fails when the pack is unknown', () => {
    expect(make({ pack: 'nhs' })).toThrow(/pack: 'nhs' is not allowed; use one of ncsc-csp, ten-steps/);
  });

  it('fails when the region has no availability data', () => {
    expect(make({ pack: 'all', region: 'ap-southeast-5' })).toThrow(
      /region: 'ap-southeast-5' is not allowed; no managed-rule availability data/,
    );
  });

  it('fails when excludedAccounts is given without organization', () => {
    expect(make({ pack: 'all', excludedAccounts: ['111111111111'] })).toThrow(
      /excludedAccounts: .* it applies only with organization: true/,
    );
  });
});
