import { LambdaInsideVpc } from '../../../rules/lambda/LambdaInsideVpc';
import { LambdaVpcMultiAz } from '../../../rules/lambda/LambdaVpcMultiAz';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const subnet = (az: unknown) => ({
  Type: 'AWS::EC2::Subnet',
  Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', AvailabilityZone: az },
});
const getAz = (i: number) => ({ 'Fn::Select': [i, { 'Fn::GetAZs': '' }] });
const fn = (subnets?: unknown, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: subnets === undefined ? {} : { VpcConfig: { SubnetIds: subnets, SecurityGroupIds: ['sg-1'] } },
      },
      ...extra,
    } as never,
  });

describe('LambdaInsideVpc', () => {
  const rule = LambdaInsideVpc;
  it('passes a function in VPC subnets', () => expect(statusOf(rule, 'Fn', fn(['subnet-1', 'subnet-2']))).toBe('COMPLIANT'));
  it('fails a function outside any VPC', () => expect(statusOf(rule, 'Fn', fn())).toBe('NON_COMPLIANT'));
  it('needs review when the subnets are a parameter', () => expect(statusOf(rule, 'Fn', fn(PARAM))).toBe('INSUFFICIENT_DATA'));
  it('passes when the subnet ids are imported from another stack', () => {
    const t = template({
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: { VpcConfig: { SubnetIds: [{ 'Fn::ImportValue': 'Net-A' }, { 'Fn::ImportValue': 'Net-B' }] } },
      },
    });
    expect(statusOf(rule, 'Fn', t)).toBe('COMPLIANT');
  });
});

describe('LambdaVpcMultiAz', () => {
  const rule = LambdaVpcMultiAz;
  it('passes subnets in two zones, as CDK writes them without an environment', () => {
    expect(statusOf(rule, 'Fn', fn([{ Ref: 'A' }, { Ref: 'B' }], { A: subnet(getAz(0)), B: subnet(getAz(1)) }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes two known zones even when a third subnet is imported', () => {
    expect(
      statusOf(rule, 'Fn', fn([{ Ref: 'A' }, { Ref: 'B' }, 'subnet-9'], { A: subnet('eu-west-2a'), B: subnet('eu-west-2b') })),
    ).toBe('COMPLIANT');
  });
  it('fails when every subnet is in one zone', () => {
    expect(statusOf(rule, 'Fn', fn([{ Ref: 'A' }, { Ref: 'B' }], { A: subnet('eu-west-2a'), B: subnet('eu-west-2a') }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('is not applicable outside a VPC', () => expect(statusOf(rule, 'Fn', fn())).toBe('NOT_APPLICABLE'));
  it('needs review when the subnets are not in the template', () =>
    expect(statusOf(rule, 'Fn', fn(['subnet-1', 'subnet-2']))).toBe('INSUFFICIENT_DATA'));
});
