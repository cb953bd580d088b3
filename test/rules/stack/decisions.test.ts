import { Rule } from '../../../lib/engine/rule';
import { StackDpiaReferenced } from '../../../rules/stack/StackDpiaReferenced';
import { StackOwnershipTagged } from '../../../rules/stack/StackOwnershipTagged';
import { StackRegionUkOnly } from '../../../rules/stack/StackRegionUkOnly';
import { decideOn } from '../harness';

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['dpia tagged', StackDpiaReferenced, { nested: false, tags: { dpia: 'DPIA-1' } }, 'COMPLIANT'],
    ['no dpia tag', StackDpiaReferenced, { nested: false, tags: {} }, 'NON_COMPLIANT'],
    ['tags not recorded', StackDpiaReferenced, { nested: false }, 'INSUFFICIENT_DATA'],
    ['nested', StackDpiaReferenced, { nested: true }, 'NOT_APPLICABLE'],
    [
      'owner and classification',
      StackOwnershipTagged,
      { nested: false, tags: { owner: 'a', 'data-classification': 'b' } },
      'COMPLIANT',
    ],
    ['owner only', StackOwnershipTagged, { nested: false, tags: { owner: 'a' } }, 'NON_COMPLIANT'],
    ['ownership tags not recorded', StackOwnershipTagged, { nested: false }, 'INSUFFICIENT_DATA'],
    ['london', StackRegionUkOnly, { nested: false, region: 'eu-west-2', types: [] }, 'COMPLIANT'],
    ['ireland', StackRegionUkOnly, { nested: false, region: 'eu-west-1', types: [] }, 'NON_COMPLIANT'],
    [
      'edge only in us-east-1',
      StackRegionUkOnly,
      { nested: false, region: 'us-east-1', types: ['AWS::CloudFront::Distribution'] },
      'COMPLIANT',
    ],
    ['environment-agnostic', StackRegionUkOnly, { nested: false, region: undefined, types: [] }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
