import { VpcInternetPathInspectedByNetworkFirewall as rule } from '../../../rules/ec2/VpcInternetPathInspectedByNetworkFirewall';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';
import { firewalledVpc, props } from './firewalled-vpc';

describe('VpcInternetPathInspectedByNetworkFirewall', () => {
  it('passes when the VPC’s firewall policy has a stateful rule group', () => {
    expect(statusOf(rule, 'Vpc', template(firewalledVpc()))).toBe('COMPLIANT');
  });

  it('is not applicable to a VPC without an internet gateway', () => {
    expect(statusOf(rule, 'Vpc', template({ Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } }))).toBe(
      'NOT_APPLICABLE',
    );
  });

  it('is not applicable when only a VPN gateway is attached', () => {
    const t = template({
      Vpc: { Type: 'AWS::EC2::VPC' },
      Vgw: { Type: 'AWS::EC2::VPNGateway', Properties: { Type: 'ipsec.1' } },
      Attach: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: { Ref: 'Vpc' }, VpnGatewayId: { Ref: 'Vgw' } } },
    });
    expect(statusOf(rule, 'Vpc', t)).toBe('NOT_APPLICABLE');
  });

  it('fails when an internet gateway is attached and no firewall is deployed', () => {
    const r = firewalledVpc();
    delete r.Firewall;
    const found = resultOf(rule, 'Vpc', template(r));
    expect(found.status).toBe('NON_COMPLIANT');
    expect(found.message).toContain('no Network Firewall');
  });

  it('fails when the firewall sits in another VPC', () => {
    const r = firewalledVpc();
    r.Other = { Type: 'AWS::EC2::VPC' };
    props(r, 'Firewall').VpcId = { Ref: 'Other' };
    expect(statusOf(rule, 'Vpc', template(r))).toBe('NON_COMPLIANT');
  });

  it('fails when the firewall policy has only stateless rule groups', () => {
    const r = firewalledVpc();
    const policy = props(r, 'Policy').FirewallPolicy as Record<string, unknown>;
    delete policy.StatefulRuleGroupReferences;
    policy.StatelessRuleGroupReferences = [{ ResourceArn: { Ref: 'Group' }, Priority: 1 }];
    const found = resultOf(rule, 'Vpc', template(r));
    expect(found.status).toBe('NON_COMPLIANT');
    expect(found.message).toContain('firewall Firewall has no stateful rule group');
  });

  it('needs review when the firewall policy is a parameter', () => {
    const r = firewalledVpc();
    props(r, 'Firewall').FirewallPolicyArn = PARAM;
    expect(statusOf(rule, 'Vpc', template({ Parameters: PARAMETERS, Resources: r }))).toBe('INSUFFICIENT_DATA');
  });

  it('fails by cases when the internet gateway attachment depends on a parameter condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { Public: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: {
        Vpc: { Type: 'AWS::EC2::VPC' },
        Igw: { Type: 'AWS::EC2::InternetGateway' },
        Attach: {
          Type: 'AWS::EC2::VPCGatewayAttachment',
          Condition: 'Public',
          Properties: { VpcId: { Ref: 'Vpc' }, InternetGatewayId: { Ref: 'Igw' } },
        },
      },
    });
    expect(statusOf(rule, 'Vpc', t)).toBe('NON_COMPLIANT');
  });
});
