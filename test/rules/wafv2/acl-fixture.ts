import { PARAMETERS, template } from '../harness';

const visibility = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'm' };

export const managed = (name: string, override: Record<string, unknown> = { None: {} }) => ({
  Name: name,
  Priority: 1,
  Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
  OverrideAction: override,
  VisibilityConfig: visibility,
});

export const rateLimit = (action: Record<string, unknown> = { Block: {} }) => ({
  Name: 'rate',
  Priority: 10,
  Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP' } },
  Action: action,
  VisibilityConfig: visibility,
});

export const BASELINE = [
  managed('AWSManagedRulesCommonRuleSet'),
  managed('AWSManagedRulesKnownBadInputsRuleSet'),
  managed('AWSManagedRulesAmazonIpReputationList'),
  rateLimit(),
];

export const webAcl = (rules: unknown, extra: Record<string, unknown> = {}, conditions: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Conditions: conditions,
    Resources: {
      Acl: {
        Type: 'AWS::WAFv2::WebACL',
        Properties: { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: visibility, Rules: rules },
      },
      ...extra,
    } as never,
  });
