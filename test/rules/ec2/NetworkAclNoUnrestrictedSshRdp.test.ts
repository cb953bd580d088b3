import { NetworkAclNoUnrestrictedSshRdp as rule } from '../../../rules/ec2/NetworkAclNoUnrestrictedSshRdp';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const entry = (n: number, action: string, props: Record<string, unknown>) => ({
  Type: 'AWS::EC2::NetworkAclEntry',
  Properties: { NetworkAclId: { Ref: 'Acl' }, RuleNumber: n, RuleAction: action, Protocol: 6, CidrBlock: '0.0.0.0/0', ...props },
});
const acl = (entries: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Acl: { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: 'vpc-1' } }, ...entries } as never,
  });

describe('NetworkAclNoUnrestrictedSshRdp', () => {
  it('passes when only 443 is allowed from the internet', () => {
    expect(statusOf(rule, 'Acl', acl({ E: entry(100, 'allow', { PortRange: { From: 443, To: 443 } }) }))).toBe('COMPLIANT');
  });
  it('passes when a lower-numbered deny shadows an allow on 22', () => {
    const t = acl({
      Deny: entry(90, 'deny', { PortRange: { From: 22, To: 22 } }),
      Allow: entry(100, 'allow', { PortRange: { From: 0, To: 1024 } }),
    });
    const r = resultOf(rule, 'Acl', t);
    // 3389 is outside 0-1024, 22 is denied first
    expect(r.status).toBe('COMPLIANT');
  });
  it('passes for egress entries', () => {
    expect(statusOf(rule, 'Acl', acl({ E: entry(100, 'allow', { Egress: true, Protocol: -1 }) }))).toBe('COMPLIANT');
  });
  it('fails when SSH is allowed from 0.0.0.0/0', () => {
    const r = resultOf(rule, 'Acl', acl({ E: entry(100, 'allow', { PortRange: { From: 22, To: 22 } }) }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('port 22 from 0.0.0.0/0 (E)');
  });
  it('fails when all traffic is allowed from ::/0', () => {
    const t = acl({ E: entry(100, 'allow', { Protocol: -1, CidrBlock: undefined, Ipv6CidrBlock: '::/0' }) });
    expect(statusOf(rule, 'Acl', t)).toBe('NON_COMPLIANT');
  });
  it('needs review when the source is a parameter', () => {
    expect(statusOf(rule, 'Acl', acl({ E: entry(100, 'allow', { CidrBlock: PARAM, PortRange: { From: 22, To: 22 } }) }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
