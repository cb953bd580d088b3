import { CloudFrontOriginFailover as rule } from '../../../rules/cloudfront/CloudFrontOriginFailover';
import { PARAM, statusOf } from '../harness';
import { distribution } from './distribution-fixture';

const group = (members: unknown[]) => ({
  Quantity: 1,
  Items: [
    {
      Id: 'g',
      FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } },
      Members: { Quantity: members.length, Items: members.map((OriginId) => ({ OriginId })) },
    },
  ],
});

describe('CloudFrontOriginFailover', () => {
  it('passes a two-member origin group', () =>
    expect(statusOf(rule, 'D', distribution({ OriginGroups: group(['a', 'b']) }))).toBe('COMPLIANT'));
  it('fails without origin groups', () => expect(statusOf(rule, 'D', distribution({}))).toBe('NON_COMPLIANT'));
  it('fails a one-member group', () =>
    expect(statusOf(rule, 'D', distribution({ OriginGroups: group(['a']) }))).toBe('NON_COMPLIANT'));
  it('needs review when the groups are a parameter', () =>
    expect(statusOf(rule, 'D', distribution({ OriginGroups: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
