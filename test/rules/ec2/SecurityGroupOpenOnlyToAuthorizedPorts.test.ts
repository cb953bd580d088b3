import { SecurityGroupOpenOnlyToAuthorizedPorts as rule } from '../../../rules/ec2/SecurityGroupOpenOnlyToAuthorizedPorts';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const group = (ingress: unknown[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: ingress } } },
  });
const tcp = (from: number, to: number, cidr: unknown) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, CidrIp: cidr });

describe('SecurityGroupOpenOnlyToAuthorizedPorts', () => {
  it('passes when only 443 and 80 are open to the internet', () => {
    expect(
      statusOf(
        rule,
        'Sg',
        group([tcp(443, 443, '0.0.0.0/0'), { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIpv6: '::/0' }]),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes when other ports are open only to private ranges', () => {
    expect(statusOf(rule, 'Sg', group([tcp(8080, 8080, '10.0.0.0/8')]))).toBe('COMPLIANT');
  });
  it('passes with world-open ICMP', () => {
    expect(statusOf(rule, 'Sg', group([{ IpProtocol: 'icmp', FromPort: 3, ToPort: 4, CidrIp: '0.0.0.0/0' }]))).toBe('COMPLIANT');
  });
  it('fails when 8080 is open to the internet', () => {
    const r = resultOf(rule, 'Sg', group([tcp(8080, 8080, '0.0.0.0/0')]));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('port 8080 from 0.0.0.0/0');
  });
  it('fails when a range 80-443 is open to the internet', () => {
    expect(statusOf(rule, 'Sg', group([tcp(80, 443, '0.0.0.0/0')]))).toBe('NON_COMPLIANT');
  });
  it('fails when all traffic is open', () => {
    expect(statusOf(rule, 'Sg', group([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]))).toBe('NON_COMPLIANT');
  });
  it('fails when UDP is open to the internet', () => {
    expect(statusOf(rule, 'Sg', group([{ IpProtocol: 'udp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }]))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the port is a parameter', () => {
    expect(statusOf(rule, 'Sg', group([{ IpProtocol: 'tcp', FromPort: PARAM, ToPort: PARAM, CidrIp: '0.0.0.0/0' }]))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
