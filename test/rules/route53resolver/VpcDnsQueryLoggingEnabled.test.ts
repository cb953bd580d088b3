import { VpcDnsQueryLoggingEnabled as rule } from '../../../rules/route53resolver/VpcDnsQueryLoggingEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const vpc = (association?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Log: { 'Fn::Equals': [PARAM, 'yes'] } },
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC' },
      Config: {
        Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfig',
        Properties: { DestinationArn: 'arn:aws:logs:eu-west-2:1:log-group:dns' },
      },
      ...(association ? { Assoc: association } : {}),
    } as never,
  });
const association = {
  Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
  Properties: { ResolverQueryLogConfigId: { Ref: 'Config' }, ResourceId: { Ref: 'Vpc' } },
};

describe('VpcDnsQueryLoggingEnabled', () => {
  it('passes with a query logging association', () => expect(statusOf(rule, 'Vpc', vpc(association))).toBe('COMPLIANT'));
  it('fails without one', () => expect(statusOf(rule, 'Vpc', vpc())).toBe('NON_COMPLIANT'));
  it('fails by cases when the association depends on a parameter condition', () =>
    expect(statusOf(rule, 'Vpc', vpc({ ...association, Condition: 'Log' }))).toBe('NON_COMPLIANT'));
});
