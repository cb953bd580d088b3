import ipaddr from 'ipaddr.js';
import { Maybe, Tri } from '../../lib/engine/facts';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/*
 * CIDR blocks as addresses, not text: the whole internet can be written 0.0.0.0/0,
 * ::/0, ::0/0, 0:0:0:0:0:0:0:0/0, 000.000.000.000/0, in any case, and every rule
 * that asks "is this open to the world?" must hear all of them alike.
 */

function parse(cidr: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  try {
    return ipaddr.parseCIDR(cidr.trim());
  } catch {
    return undefined;
  }
}

/**
 * Whether a CIDR block covers every address of its family (prefix length 0, in any
 * spelling). Absent is false; an Unknown stays Unknown; text that is not a CIDR block
 * (the service would refuse it) is unknown rather than guessed.
 */
export function isWorldCidr(cidr: Maybe<string>): Tri {
  if (cidr === undefined) return false;
  if (isUnknown(cidr)) return cidr;
  // The same few blocks recur across every group of an estate; parsing is the cost, so each text is parsed once.
  let world = WORLD.get(cidr);
  if (world === undefined) {
    const parsed = parse(cidr);
    world = parsed ? parsed[1] === 0 : new Unknown(`${JSON.stringify(cidr)} is not a CIDR block`);
    if (WORLD.size > 100_000) WORLD.clear();
    WORLD.set(cidr, world);
  }
  return world;
}

const WORLD = new Map<string, Tri>();

/** Whether CIDR `outer` contains CIDR `inner` (same family); false for text that is not a CIDR block. */
export function cidrContains(outer: string, inner: string): boolean {
  const a = parse(outer);
  const b = parse(inner);
  if (!a || !b || a[0].kind() !== b[0].kind() || a[1] > b[1]) return false;
  return b[0].match(a);
}
