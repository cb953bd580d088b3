import { ElbV2MultipleAz as rule } from '../../../rules/elasticloadbalancing/ElbV2MultipleAz';
import { PARAM, statusOf } from '../harness';
import { alb } from './lb-fixture';

const subnet = (az: unknown) => ({
  Type: 'AWS::EC2::Subnet',
  Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', AvailabilityZone: az },
});
const subnets = { A: subnet('eu-west-2a'), B: subnet({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }), A2: subnet('eu-west-2a') };

describe('ElbV2MultipleAz', () => {
  it('passes subnets in two zones', () =>
    expect(statusOf(rule, 'Lb', alb({ Subnets: [{ Ref: 'A' }, { Ref: 'B' }] }, subnets))).toBe('COMPLIANT'));
  it('passes subnet mappings in two zones', () => {
    expect(
      statusOf(
        rule,
        'Lb',
        alb(
          { Type: 'network', Subnets: undefined, SubnetMappings: [{ SubnetId: { Ref: 'A' } }, { SubnetId: { Ref: 'B' } }] },
          subnets,
        ),
      ),
    ).toBe('COMPLIANT');
  });
  it('is not applicable to a gateway load balancer', () =>
    expect(statusOf(rule, 'Lb', alb({ Type: 'gateway' }, subnets))).toBe('NOT_APPLICABLE'));
  it('fails two subnets in one zone', () =>
    expect(statusOf(rule, 'Lb', alb({ Subnets: [{ Ref: 'A' }, { Ref: 'A2' }] }, subnets))).toBe('NON_COMPLIANT'));
  it('needs review when a subnet is a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({ Subnets: [{ Ref: 'A' }, PARAM] }, subnets))).toBe('INSUFFICIENT_DATA'));
});
