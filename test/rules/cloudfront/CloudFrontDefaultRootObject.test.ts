import { CloudFrontDefaultRootObject as rule } from '../../../rules/cloudfront/CloudFrontDefaultRootObject';
import { PARAM, statusOf } from '../harness';
import { distribution } from './distribution-fixture';

describe('CloudFrontDefaultRootObject', () => {
  it('passes index.html', () => expect(statusOf(rule, 'D', distribution({ DefaultRootObject: 'index.html' }))).toBe('COMPLIANT'));
  it('fails when absent', () => expect(statusOf(rule, 'D', distribution({}))).toBe('NON_COMPLIANT'));
  it('fails an empty string', () => expect(statusOf(rule, 'D', distribution({ DefaultRootObject: '' }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'D', distribution({ DefaultRootObject: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
