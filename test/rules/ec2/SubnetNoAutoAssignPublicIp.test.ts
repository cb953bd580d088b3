import { SubnetNoAutoAssignPublicIp as rule } from '../../../rules/ec2/SubnetNoAutoAssignPublicIp';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const subnet = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Sn: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', ...props } } },
  });

describe('SubnetNoAutoAssignPublicIp', () => {
  it('passes when MapPublicIpOnLaunch is absent (default false)', () =>
    expect(statusOf(rule, 'Sn', subnet({}))).toBe('COMPLIANT'));
  it('passes when MapPublicIpOnLaunch is false', () =>
    expect(statusOf(rule, 'Sn', subnet({ MapPublicIpOnLaunch: false }))).toBe('COMPLIANT'));
  it('fails when MapPublicIpOnLaunch is true', () =>
    expect(statusOf(rule, 'Sn', subnet({ MapPublicIpOnLaunch: true }))).toBe('NON_COMPLIANT'));
  it('fails when MapPublicIpOnLaunch is "true"', () =>
    expect(statusOf(rule, 'Sn', subnet({ MapPublicIpOnLaunch: 'true' }))).toBe('NON_COMPLIANT'));
  it('needs review when MapPublicIpOnLaunch is a parameter', () =>
    expect(statusOf(rule, 'Sn', subnet({ MapPublicIpOnLaunch: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
