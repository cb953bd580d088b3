import { SecurityGroupNoPublicSsh as rule } from '../../../rules/ec2/SecurityGroupNoPublicSsh';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

// A database's port is only known after deployment; from a security group it cannot open SSH to the internet.
const group = (source: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Peer: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'peer' } },
      Group: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'db',
          SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: PARAM, ToPort: PARAM, ...source }],
        },
      },
    },
  });

describe('SecurityGroupNoPublicSsh with an unknown port', () => {
  it('does not need review when the source is another security group', () =>
    expect(statusOf(rule, 'Group', group({ SourceSecurityGroupId: { 'Fn::GetAtt': ['Peer', 'GroupId'] } }))).toBe(
      'NOT_APPLICABLE',
    ));
  it('needs review when the source is the internet', () =>
    expect(statusOf(rule, 'Group', group({ CidrIp: '0.0.0.0/0' }))).toBe('INSUFFICIENT_DATA'));
});
