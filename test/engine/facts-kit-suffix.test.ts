import { knownPrefix, knownSuffix } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';

describe('known parts of a string with unknown parts', () => {
  const arn = new PartialString(
    'Fn::Sub includes values not known until deployment',
    'arn:aws:events:${?}:${?}:event-bus/default',
    [],
  );
  it('gives the literal head and tail, never the whole', () => {
    expect([knownPrefix(arn), knownSuffix(arn)]).toEqual(['arn:aws:events:', ':event-bus/default']);
  });
  it('gives a literal string whole, and nothing for other values', () => {
    expect([knownPrefix('a'), knownSuffix('a'), knownSuffix(3), knownSuffix(undefined)]).toEqual([
      'a',
      'a',
      undefined,
      undefined,
    ]);
  });
});
