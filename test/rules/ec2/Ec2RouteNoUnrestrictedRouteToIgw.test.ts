import { Ec2RouteNoUnrestrictedRouteToIgw as rule } from '../../../rules/ec2/Ec2RouteNoUnrestrictedRouteToIgw';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';
import { firewalledVpc, props } from './firewalled-vpc';

const route = (p: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Igw: { Type: 'AWS::EC2::InternetGateway' },
      Vgw: { Type: 'AWS::EC2::VPNGateway', Properties: { Type: 'ipsec.1' } },
      R: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: 'rtb-1', ...p } },
    },
  });

describe('Ec2RouteNoUnrestrictedRouteToIgw', () => {
  it('passes a restricted destination to the internet gateway', () => {
    expect(statusOf(rule, 'R', route({ DestinationCidrBlock: '192.168.0.0/16', GatewayId: { Ref: 'Igw' } }))).toBe('COMPLIANT');
  });
  it('passes a default route to a VPN gateway', () => {
    expect(statusOf(rule, 'R', route({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Vgw' } }))).toBe('COMPLIANT');
  });
  it('passes the default route out of a firewall subnet', () =>
    expect(statusOf(rule, 'FwDefault', template(firewalledVpc()))).toBe('COMPLIANT'));
  it('is not applicable to a route without a gateway', () => {
    expect(statusOf(rule, 'R', route({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' }))).toBe('NOT_APPLICABLE');
  });
  it('fails 0.0.0.0/0 to an internet gateway', () => {
    expect(statusOf(rule, 'R', route({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } }))).toBe('NON_COMPLIANT');
  });
  it('fails ::/0 to a literal internet gateway id', () => {
    expect(statusOf(rule, 'R', route({ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0abc' }))).toBe('NON_COMPLIANT');
  });
  it('fails a public subnet’s default route in a firewalled VPC', () => {
    const r = firewalledVpc();
    props(r, 'PubDefault').GatewayId = { Ref: 'Igw' };
    delete props(r, 'PubDefault').VpcEndpointId;
    expect(statusOf(rule, 'PubDefault', template(r))).toBe('NON_COMPLIANT');
  });
  it('needs review when the gateway of a default route is a parameter', () => {
    expect(statusOf(rule, 'R', route({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
