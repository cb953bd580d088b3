import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { InternetFirstNetwork, ProtectedIngress, ProtectedIngressProps, acceptsLegacyTls } from '../../lib/constructs';
import { ENV, testApp } from './harness';

const CERT = 'arn:aws:acm:eu-west-2:111111111111:certificate/00000000-0000-0000-0000-000000000000';

function ingress(props: Partial<ProtectedIngressProps> = {}, app: App = testApp()) {
  const stack = new Stack(app, 'Web', { env: ENV });
  const network = new InternetFirstNetwork(stack, 'Network');
  const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', CERT);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler=async()=>({statusCode:200})'),
  });
  const construct = new ProtectedIngress(stack, 'Ingress', { vpc: network.vpc, certificate, lambdaTarget: fn, ...props });
  return { stack, template: Template.fromStack(stack), construct };
}

describe('ProtectedIngress with default props', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    ({ template, stack } = ingress());
  });

  it('is internet-facing in the edge tier, drops invalid headers, strictest desync mitigation, deletion-protected, access-logged', () => {
    const lb = Object.values(template.findResources('AWS::ElasticLoadBalancingV2::LoadBalancer'))[0];
    expect(lb.Properties.Scheme).toBe('internet-facing');
    expect(lb.Properties.Subnets.map((s: { Ref: string }) => s.Ref).every((id: string) => id.startsWith('NetworkEdge'))).toBe(
      true,
    );
    const attrs = Object.fromEntries(
      lb.Properties.LoadBalancerAttributes.map((a: { Key: string; Value: string }) => [a.Key, a.Value]),
    );
    expect(attrs).toMatchObject({
      'routing.http.drop_invalid_header_fields.enabled': 'true',
      'routing.http.desync_mitigation_mode': 'strictest',
      'deletion_protection.enabled': 'true',
      'access_logs.s3.enabled': 'true',
    });
  });

  it('serves HTTPS on a TLS 1.2+ policy and redirects HTTP', () => {
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Port: 443,
      Protocol: 'HTTPS',
      SslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
    });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
    });
  });

  it('opens its security group on 443 and 80 only', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('HTTPS and the HTTP redirect only'),
      SecurityGroupIngress: [
        Match.objectLike({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 }),
        Match.objectLike({ CidrIp: '0.0.0.0/0', FromPort: 80, ToPort: 80 }),
      ],
    });
  });

  it('has a WAF web ACL with the AWS managed groups and a per-IP rate limit, associated and logged with credentials redacted', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: [
        Match.objectLike({
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
        }),
        Match.objectLike({
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
        }),
        Match.objectLike({
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesAmazonIpReputationList' } },
        }),
        Match.objectLike({
          Action: { Block: {} },
          Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP', EvaluationWindowSec: 300 } },
        }),
      ],
    });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }],
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
      KmsKeyId: Match.anyValue(),
    });
  });

  it('lets only its target group invoke the Lambda target', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'elasticloadbalancing.amazonaws.com',
      SourceAccount: ENV.account,
      SourceArn: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('/Web/Ingress', Match.anyValue());
  });
});

describe('ProtectedIngress props', () => {
  it('warns on a TLS policy that accepts TLS 1.0 or 1.1, and on no deletion protection', () => {
    const { stack } = ingress({ sslPolicy: elbv2.SslPolicy.TLS13_10, deletionProtection: false }, new App());
    const a = Annotations.fromStack(stack);
    a.hasWarning('/Web/Ingress', Match.stringLikeRegexp('accepts TLS 1.0 or 1.1'));
    a.hasWarning('/Web/Ingress', Match.stringLikeRegexp('deletionProtection is false'));
  });

  it('knows which policies are legacy', () => {
    expect(acceptsLegacyTls(elbv2.SslPolicy.RECOMMENDED)).toBe(true);
    expect(acceptsLegacyTls(elbv2.SslPolicy.TLS13_11)).toBe(true);
    expect(acceptsLegacyTls(elbv2.SslPolicy.FIPS_TLS13_10)).toBe(true);
    expect(acceptsLegacyTls(elbv2.SslPolicy.RECOMMENDED_TLS)).toBe(false);
    expect(acceptsLegacyTls(elbv2.SslPolicy.TLS13_13)).toBe(false);
    expect(acceptsLegacyTls(elbv2.SslPolicy.FIPS_TLS13_12_EXT2)).toBe(false);
  });

  it('rejects a rate limit below 10', () => {
    expect(() => ingress({ rateLimit: 5 }, new App())).toThrow(
      /^rateLimit: 5 is not allowed; use a whole number of requests from 10 to 2,000,000,000/,
    );
  });
});
