import { SecurityGroupNoPublicSsh as rule } from '../../../rules/ec2/SecurityGroupNoPublicSsh';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const group = (ingress: unknown[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: ingress } } },
  });
const tcp = (from: number, to: number, cidr: unknown) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, CidrIp: cidr });

describe('SecurityGroupNoPublicSsh', () => {
  it('passes when SSH is allowed only from a private range', () => {
    expect(statusOf(rule, 'Sg', group([tcp(22, 22, '192.168.0.0/16'), tcp(443, 443, '0.0.0.0/0')]))).toBe('COMPLIANT');
  });
  it('is not applicable when no rule allows port 22', () => {
    expect(statusOf(rule, 'Sg', group([tcp(443, 443, '0.0.0.0/0')]))).toBe('NOT_APPLICABLE');
  });
  it('fails when SSH is open to 0.0.0.0/0', () => {
    expect(statusOf(rule, 'Sg', group([tcp(22, 22, '192.168.0.0/16'), tcp(22, 22, '0.0.0.0/0')]))).toBe('NON_COMPLIANT');
  });
  it('fails when a port range covering 22 is open to ::/0', () => {
    expect(statusOf(rule, 'Sg', group([{ IpProtocol: 'tcp', FromPort: 0, ToPort: 1024, CidrIpv6: '::/0' }]))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails through a standalone ingress resource', () => {
    const t = template({
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x' } },
      Ssh: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, ...tcp(22, 22, '0.0.0.0/0') },
      },
    });
    expect(statusOf(rule, 'Sg', t)).toBe('NON_COMPLIANT');
  });
  it('needs review when the SSH source is a parameter', () => {
    expect(statusOf(rule, 'Sg', group([tcp(22, 22, PARAM)]))).toBe('INSUFFICIENT_DATA');
  });
});
