import fc from 'fast-check';
import { Unknown, isUnknown } from '../../../lib/engine/unknown';
import { cidrContains, isWorldCidr } from '../../../rules/ec2/cidr';

const SEED = 20240607;

/** An IPv6 zero address in one of its many spellings: full, compressed, with leading zeros, in any case. */
const zeroIpv6 = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 4 })).map(([compressedFrom, width]) => {
  const group = '0'.repeat(width);
  if (compressedFrom === 8) return Array(8).fill(group).join(':');
  const head = Array(compressedFrom).fill(group).join(':');
  return `${head}::`;
});
const zeroIpv4 = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 })
  .map((widths) => widths.map((w) => '0'.repeat(w)).join('.'));
const zeroPrefix = fc.integer({ min: 1, max: 3 }).map((w) => '0'.repeat(w));

describe('isWorldCidr', () => {
  it.each(['0.0.0.0/0', '::/0', '::0/0', '0::/0', '0:0:0:0:0:0:0:0/0', '000.000.000.000/0', '0000::/0', '::/00', ' 0.0.0.0/0 '])(
    'reads %j as the whole internet',
    (cidr) => expect(isWorldCidr(cidr)).toBe(true),
  );
  it.each(['10.0.0.0/8', '0.0.0.0/1', '::/1', '2001:db8::/32', '192.168.1.1/32', '::FFFF:0:0/96'])(
    'reads %j as restricted',
    (cidr) => expect(isWorldCidr(cidr)).toBe(false),
  );
  it('reads an absent range as not open', () => expect(isWorldCidr(undefined)).toBe(false));
  it('keeps an unknown range unknown', () => {
    const u = new Unknown('a parameter');
    expect(isWorldCidr(u)).toBe(u);
  });
  it.each(['everywhere', '0.0.0.0', '256.0.0.0/0', '::/129', ''])('reads %j, which is not a CIDR block, as unknown', (cidr) =>
    expect(isUnknown(isWorldCidr(cidr))).toBe(true),
  );

  it('reads every spelling of the IPv6 and IPv4 zero network with prefix 0 as world-open', () => {
    fc.assert(
      fc.property(fc.oneof(zeroIpv6, zeroIpv4), zeroPrefix, fc.boolean(), (address, prefix, upper) => {
        const cidr = `${address}/${prefix}`;
        expect(isWorldCidr(upper ? cidr.toUpperCase() : cidr)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('reads any valid IPv4 or IPv6 block with a non-zero prefix as restricted', () => {
    const v4 = fc.tuple(fc.ipV4(), fc.integer({ min: 1, max: 32 })).map(([a, p]) => `${a}/${p}`);
    const v6 = fc.tuple(fc.ipV6(), fc.integer({ min: 1, max: 128 })).map(([a, p]) => `${a}/${p}`);
    fc.assert(
      fc.property(fc.oneof(v4, v6), (cidr) => {
        expect(isWorldCidr(cidr)).toBe(false);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('reads any address with prefix 0 as world-open', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (address) => {
        expect(isWorldCidr(`${address}/0`)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('cidrContains', () => {
  it.each([
    ['10.0.0.0/16', '10.0.1.0/24', true],
    ['10.0.1.0/24', '10.0.0.0/16', false],
    ['10.0.0.0/16', '10.1.0.0/24', false],
    ['0.0.0.0/0', '10.1.0.0/24', true],
    ['::/0', '10.1.0.0/24', false],
    ['2001:db8::/32', '2001:DB8:0:1::/64', true],
    ['not a cidr', '10.0.0.0/8', false],
  ])('%s contains %s: %s', (outer, inner, expected) => expect(cidrContains(outer, inner)).toBe(expected));

  it('a block contains itself and every block it is a prefix of', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 32 }), (address, p, q) => {
        const [outer, inner] = [Math.min(p, q), Math.max(p, q)];
        expect(cidrContains(`${address}/${outer}`, `${address}/${inner}`)).toBe(true);
        if (outer < inner) expect(cidrContains(`${address}/${inner}`, `${address}/${outer}`)).toBe(false);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
