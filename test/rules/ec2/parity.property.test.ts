import fc from 'fast-check';
import { CATALOGUE } from '../../../rules/catalogue';
import { configItem, statusOf, statusOfItem, template } from '../harness';

/**
 * Parity, property-based: any set of ingress rules, written in a template and
 * recorded by AWS Config as EC2 reports it (sources grouped under one permission
 * per protocol and port range), gets the same status from every rule that reads
 * security groups from both sources.
 */
const SG = 'AWS::EC2::SecurityGroup';
const RULES = CATALOGUE.filter(
  (r) => r.adapters.template?.resourceTypes.includes(SG) && r.adapters.configItem?.resourceTypes.includes(SG),
);

interface Ingress {
  readonly protocol: 'tcp' | 'udp' | '-1' | 'icmp';
  readonly from: number;
  readonly to: number;
  readonly source: { readonly kind: 'v4' | 'v6' | 'group'; readonly value: string };
  readonly description?: string;
}

const PORTS = [0, 22, 80, 443, 1024, 3306, 3389, 5432, 8080, 65535];
const port = fc.constantFrom(...PORTS);
const source = fc.oneof(
  fc.record({
    kind: fc.constant('v4' as const),
    value: fc.constantFrom('0.0.0.0/0', '10.0.0.0/8', '192.168.1.7/32', '0.0.0.0/1'),
  }),
  fc.record({ kind: fc.constant('v6' as const), value: fc.constantFrom('::/0', '2001:db8::/32', '::/1') }),
  fc.record({ kind: fc.constant('group' as const), value: fc.constant('sg-0123456789abcdef0') }),
);
const ingress: fc.Arbitrary<Ingress> = fc
  .record({
    protocol: fc.constantFrom('tcp' as const, 'udp' as const, '-1' as const, 'icmp' as const),
    ports: fc.tuple(port, port),
    source,
    description: fc.option(fc.constantFrom('web', 'ops'), { nil: undefined }),
  })
  .map(({ protocol, ports: [a, b], source, description }) => {
    // EC2 keeps no ports for all traffic, and -1/-1 (all types and codes) for ICMP here
    const [from, to] = protocol === '-1' || protocol === 'icmp' ? [-1, -1] : [Math.min(a, b), Math.max(a, b)];
    return { protocol, from, to, source, ...(description ? { description } : {}) };
  });

function declared(rules: readonly Ingress[]) {
  const entry = (r: Ingress) => ({
    IpProtocol: r.protocol,
    ...(r.protocol === '-1' ? {} : { FromPort: r.from, ToPort: r.to }),
    ...(r.source.kind === 'v4'
      ? { CidrIp: r.source.value }
      : r.source.kind === 'v6'
        ? { CidrIpv6: r.source.value }
        : { SourceSecurityGroupId: r.source.value }),
    ...(r.description ? { Description: r.description } : {}),
  });
  return template({
    G: {
      Type: SG,
      Properties: {
        GroupDescription: 'g',
        VpcId: 'vpc-1',
        SecurityGroupIngress: rules.map(entry),
        SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }],
      },
    },
  });
}

/** The item EC2 and Config report: one permission per protocol and port range, its sources listed by kind. */
function recorded(rules: readonly Ingress[]) {
  const grouped = new Map<string, Record<string, unknown[] | string | number>>();
  for (const r of rules) {
    const key = `${r.protocol}/${r.from}/${r.to}`;
    const permission =
      grouped.get(key) ??
      grouped
        .set(key, {
          ipProtocol: r.protocol,
          ...(r.protocol === '-1' ? {} : { fromPort: r.from, toPort: r.to }),
          ipv4Ranges: [],
          ipv6Ranges: [],
          userIdGroupPairs: [],
          prefixListIds: [],
          ipRanges: [],
        })
        .get(key)!;
    const described = r.description ? { description: r.description } : {};
    if (r.source.kind === 'v4') {
      (permission.ipv4Ranges as unknown[]).push({ cidrIp: r.source.value, ...described });
      (permission.ipRanges as unknown[]).push(r.source.value);
    } else if (r.source.kind === 'v6') (permission.ipv6Ranges as unknown[]).push({ cidrIpv6: r.source.value, ...described });
    else (permission.userIdGroupPairs as unknown[]).push({ groupId: r.source.value, userId: '111122223333', ...described });
  }
  return configItem(SG, {
    groupId: 'sg-1',
    groupName: 'g',
    description: 'g',
    vpcId: 'vpc-1',
    ipPermissions: [...grouped.values()],
    ipPermissionsEgress: [{ ipProtocol: '-1', ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }],
  });
}

it('reads security groups from both sources in four rules at least', () => expect(RULES.length).toBeGreaterThanOrEqual(4));

it.each(RULES.map((r) => [r.id, r] as const))(
  '%s: a template and its recorded item agree, whatever the ingress rules',
  (_, rule) => {
    fc.assert(
      fc.property(fc.array(ingress, { maxLength: 5 }), (rules) => {
        expect(statusOfItem(rule, recorded(rules))).toBe(statusOf(rule, 'G', declared(rules)));
      }),
      { numRuns: 300, seed: 20261202 },
    );
  },
);
