import { SecurityGroupNoPublicAdminPorts as rule } from '../../../rules/ec2/SecurityGroupNoPublicAdminPorts';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const group = (ingress: unknown[]) => ({
  Parameters: PARAMETERS,
  Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: ingress } } },
});
const tcp = (from: number, to: number, cidr: unknown) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, CidrIp: cidr });

describe('SecurityGroupNoPublicAdminPorts', () => {
  it('passes when only 443 is open to the internet', () => {
    expect(statusOf(rule, 'Sg', template(group([tcp(443, 443, '0.0.0.0/0')])))).toBe('COMPLIANT');
  });

  it('passes when SSH is open only to a private range', () => {
    expect(statusOf(rule, 'Sg', template(group([tcp(22, 22, '10.0.0.0/8')])))).toBe('COMPLIANT');
  });

  it('fails when SSH is open to 0.0.0.0/0', () => {
    const r = resultOf(rule, 'Sg', template(group([tcp(22, 22, '0.0.0.0/0')])));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('port 22 from 0.0.0.0/0');
  });

  it('fails when a port range covering RDP is open to ::/0', () => {
    expect(statusOf(rule, 'Sg', template(group([{ IpProtocol: 'tcp', FromPort: 3000, ToPort: 4000, CidrIpv6: '::/0' }])))).toBe(
      'NON_COMPLIANT',
    );
  });

  it('fails when all traffic is open', () => {
    expect(statusOf(rule, 'Sg', template(group([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }])))).toBe('NON_COMPLIANT');
  });

  it('fails through a standalone ingress resource that refers to the group', () => {
    const t = template({
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x' } },
      Open: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, ...tcp(5432, 5432, '0.0.0.0/0') },
      },
    });
    const r = resultOf(rule, 'Sg', t);
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('(Open)');
  });

  it('needs review when the source CIDR is a parameter', () => {
    expect(statusOf(rule, 'Sg', template(group([tcp(22, 22, PARAM)])))).toBe('INSUFFICIENT_DATA');
  });
});

describe('SecurityGroupNoPublicAdminPorts without port-bearing ingress', () => {
  it('is not applicable when only ICMP is allowed', () => {
    expect(statusOf(rule, 'Sg', template(group([{ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' }])))).toBe(
      'NOT_APPLICABLE',
    );
  });
});
