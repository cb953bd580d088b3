import { Unknown } from '../../../lib/engine/unknown';
import { Ec2Imdsv2Required } from '../../../rules/ec2/Ec2Imdsv2Required';
import { Ec2InstanceNoPublicIp } from '../../../rules/ec2/Ec2InstanceNoPublicIp';
import { Ec2NoKeyPair } from '../../../rules/ec2/Ec2NoKeyPair';
import { Ec2TransitGatewayDefaultRouteTablesDisabled } from '../../../rules/ec2/Ec2TransitGatewayDefaultRouteTablesDisabled';
import { NetworkAclNoUnrestrictedSshRdp } from '../../../rules/ec2/NetworkAclNoUnrestrictedSshRdp';
import { SecurityGroupIngressDescribed } from '../../../rules/ec2/SecurityGroupIngressDescribed';
import { SecurityGroupNoPublicAdminPorts } from '../../../rules/ec2/SecurityGroupNoPublicAdminPorts';
import { SecurityGroupNoPublicSsh } from '../../../rules/ec2/SecurityGroupNoPublicSsh';
import { SecurityGroupOpenOnlyToAuthorizedPorts } from '../../../rules/ec2/SecurityGroupOpenOnlyToAuthorizedPorts';
import { SubnetNoAutoAssignPublicIp } from '../../../rules/ec2/SubnetNoAutoAssignPublicIp';
import { Permission } from '../../../rules/ec2/permissions';
import { decideOn } from '../harness';

const U = new Unknown('not known');
const tcp = (from: number, to: number, cidr: Partial<Permission> = {}): Permission => ({
  rule: 'ingress #1',
  protocol: 'tcp',
  fromPort: from,
  toPort: to,
  cidrIp: '0.0.0.0/0',
  cidrIpv6: undefined,
  described: true,
  ...cidr,
});

describe('decisions: security groups', () => {
  it.each([
    ['SSH from a private range', [tcp(22, 22, { cidrIp: '10.0.0.0/8' })], 'COMPLIANT'],
    ['SSH from the world', [tcp(22, 22)], 'NON_COMPLIANT'],
    ['SSH from ::0/0', [tcp(22, 22, { cidrIp: undefined, cidrIpv6: '::0/0' })], 'NON_COMPLIANT'],
    [
      'all traffic from 0:0:0:0:0:0:0:0/0',
      [{ ...tcp(0, 0), protocol: '-1', cidrIp: undefined, cidrIpv6: '0:0:0:0:0:0:0:0/0' }],
      'NON_COMPLIANT',
    ],
    ['no SSH at all', [tcp(443, 443)], 'NOT_APPLICABLE'],
    ['SSH from an unknown range', [tcp(22, 22, { cidrIp: U })], 'INSUFFICIENT_DATA'],
    ['an unknown port from the world', [tcp(22, 22, { fromPort: U })], 'INSUFFICIENT_DATA'],
    ['a rule list that is not known', U, 'INSUFFICIENT_DATA'],
    ['SSH from a private range with an unknown description', [tcp(22, 22, { cidrIp: '10.0.0.0/8', described: U })], 'COMPLIANT'],
  ] as const)('SecurityGroupNoPublicSsh: %s', (_, ingress, status) =>
    expect(decideOn(SecurityGroupNoPublicSsh, { ingress: ingress as Permission[] | Unknown })).toBe(status),
  );

  it.each([
    ['HTTPS from the world', [tcp(443, 443)], 'COMPLIANT'],
    ['PostgreSQL from 000.000.000.000/0', [tcp(5432, 5432, { cidrIp: '000.000.000.000/0' })], 'NON_COMPLIANT'],
    ['ICMP only', [{ ...tcp(-1, -1), protocol: 'icmp' }], 'NOT_APPLICABLE'],
    ['a database port from an unknown range', [tcp(3306, 3306, { cidrIp: U })], 'INSUFFICIENT_DATA'],
    ['HTTPS from an unknown range', [tcp(443, 443, { cidrIp: U })], 'COMPLIANT'],
  ] as const)('SecurityGroupNoPublicAdminPorts: %s', (_, ingress, status) =>
    expect(decideOn(SecurityGroupNoPublicAdminPorts, { ingress: ingress as unknown as Permission[] })).toBe(status),
  );

  it.each([
    ['HTTPS from the world', [tcp(443, 443)], 'COMPLIANT'],
    ['a port range from the world', [tcp(443, 444)], 'NON_COMPLIANT'],
    ['UDP from the world', [{ ...tcp(443, 443), protocol: 'udp' }], 'NON_COMPLIANT'],
    ['any port from a private range', [tcp(0, 65535, { cidrIp: '10.0.0.0/8' })], 'COMPLIANT'],
    ['an unknown protocol from the world', [{ ...tcp(443, 443), protocol: U }], 'INSUFFICIENT_DATA'],
  ] as const)('SecurityGroupOpenOnlyToAuthorizedPorts: %s', (_, ingress, status) =>
    expect(decideOn(SecurityGroupOpenOnlyToAuthorizedPorts, { ingress: ingress as unknown as Permission[] })).toBe(status),
  );

  it.each([
    ['every rule described', [{ rule: 'a', described: true }], 'COMPLIANT'],
    ['no rules', [], 'COMPLIANT'],
    ['a rule without description', [{ rule: 'a', described: false }], 'NON_COMPLIANT'],
    ['an unknown description', [{ rule: 'a', described: U }], 'INSUFFICIENT_DATA'],
    ['unknown rules', U, 'INSUFFICIENT_DATA'],
  ] as const)('SecurityGroupIngressDescribed: %s', (_, rules, status) =>
    expect(decideOn(SecurityGroupIngressDescribed, { rules: rules as never })).toBe(status),
  );
});

describe('decisions: network ACLs', () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    id: 'E',
    ruleNumber: 100,
    egress: false,
    action: 'allow',
    cidr: '0.0.0.0/0',
    ipv6Cidr: undefined,
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    ...over,
  });
  it.each([
    ['SSH allowed from the world', [entry()], 'NON_COMPLIANT'],
    ['SSH allowed from 0::/0', [entry({ cidr: undefined, ipv6Cidr: '0::/0' })], 'NON_COMPLIANT'],
    ['a world deny before the allow', [entry({ ruleNumber: 90, action: 'deny' }), entry()], 'COMPLIANT'],
    ['SSH allowed from a private range', [entry({ cidr: '10.0.0.0/8' })], 'COMPLIANT'],
    ['an outbound allow', [entry({ egress: true })], 'COMPLIANT'],
    ['an unknown source', [entry({ cidr: U })], 'INSUFFICIENT_DATA'],
    ['an unknown rule number', [entry({ ruleNumber: U })], 'INSUFFICIENT_DATA'],
    ['unknown entries', U, 'INSUFFICIENT_DATA'],
  ] as const)('%s', (_, entries, status) =>
    expect(decideOn(NetworkAclNoUnrestrictedSshRdp, { entries: entries as never })).toBe(status),
  );
});

describe('decisions: instances and networks', () => {
  it.each([
    [{ httpTokens: 'required', httpEndpoint: 'enabled' }, 'COMPLIANT'],
    [{ httpTokens: 'required', httpEndpoint: U }, 'COMPLIANT'],
    [{ httpTokens: U, httpEndpoint: 'disabled' }, 'COMPLIANT'],
    [{ httpTokens: 'optional', httpEndpoint: 'enabled' }, 'NON_COMPLIANT'],
    [{ httpTokens: undefined, httpEndpoint: undefined }, 'NON_COMPLIANT'],
    [{ httpTokens: U, httpEndpoint: 'enabled' }, 'INSUFFICIENT_DATA'],
    [{ httpTokens: 'optional', httpEndpoint: U }, 'INSUFFICIENT_DATA'],
  ] as const)('Ec2Imdsv2Required on %j', (facts, status) => expect(decideOn(Ec2Imdsv2Required, facts)).toBe(status));

  it.each([
    [{ requested: [false], subnetMapsPublicIp: false, defaultVpc: false }, 'COMPLIANT'],
    [{ requested: [true], subnetMapsPublicIp: undefined, defaultVpc: false }, 'NON_COMPLIANT'],
    [{ requested: [], subnetMapsPublicIp: true, defaultVpc: false }, 'NON_COMPLIANT'],
    [{ requested: [U, true], subnetMapsPublicIp: undefined, defaultVpc: false }, 'NON_COMPLIANT'],
    [{ requested: [U], subnetMapsPublicIp: undefined, defaultVpc: false }, 'INSUFFICIENT_DATA'],
    [{ requested: [], subnetMapsPublicIp: undefined, defaultVpc: true }, 'INSUFFICIENT_DATA'],
  ] as const)('Ec2InstanceNoPublicIp on %j', (facts, status) =>
    expect(decideOn(Ec2InstanceNoPublicIp, facts as never)).toBe(status),
  );

  it.each([
    [false, 'COMPLIANT'],
    [true, 'NON_COMPLIANT'],
    [U, 'INSUFFICIENT_DATA'],
  ] as const)('Ec2NoKeyPair with a key pair %s', (keyPair, status) => expect(decideOn(Ec2NoKeyPair, { keyPair })).toBe(status));

  it.each([
    [false, 'COMPLIANT'],
    [undefined, 'COMPLIANT'],
    [true, 'NON_COMPLIANT'],
    [U, 'INSUFFICIENT_DATA'],
  ] as const)('SubnetNoAutoAssignPublicIp when mapping is %s', (mapPublicIpOnLaunch, status) =>
    expect(decideOn(SubnetNoAutoAssignPublicIp, { mapPublicIpOnLaunch })).toBe(status),
  );

  it.each([
    [{ association: 'disable', propagation: 'disable' }, 'COMPLIANT'],
    [{ association: undefined, propagation: 'disable' }, 'NON_COMPLIANT'],
    [{ association: 'enable', propagation: U }, 'NON_COMPLIANT'],
    [{ association: 'disable', propagation: U }, 'INSUFFICIENT_DATA'],
  ] as const)('Ec2TransitGatewayDefaultRouteTablesDisabled on %j', (facts, status) =>
    expect(decideOn(Ec2TransitGatewayDefaultRouteTablesDisabled, facts)).toBe(status),
  );
});
