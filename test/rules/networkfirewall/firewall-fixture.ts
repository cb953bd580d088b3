import { PARAMETERS, template } from '../harness';

const subnet = (az: unknown) => ({
  Type: 'AWS::EC2::Subnet',
  Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/28', AvailabilityZone: az },
});
export const firewall = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      A: subnet('eu-west-2a'),
      B: subnet('eu-west-2b'),
      A2: subnet('eu-west-2a'),
      SelA: subnet({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }),
      SelB: subnet({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }),
      F: {
        Type: 'AWS::NetworkFirewall::Firewall',
        Properties: {
          FirewallName: 'f',
          FirewallPolicyArn: 'arn:p',
          VpcId: 'vpc-1',
          SubnetMappings: [{ SubnetId: { Ref: 'A' } }],
          ...props,
        },
      },
      ...extra,
    } as never,
  });
export const mappings = (...ids: unknown[]) => ({
  SubnetMappings: ids.map((id) => ({ SubnetId: typeof id === 'string' ? { Ref: id } : id })),
});
