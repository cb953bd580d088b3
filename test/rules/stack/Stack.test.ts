import { Template } from '../../../lib/engine/model';
import { parseTemplate } from '../../../lib/sources/template/parse';
import { StackDpiaReferenced } from '../../../rules/stack/StackDpiaReferenced';
import { StackOwnershipTagged } from '../../../rules/stack/StackOwnershipTagged';
import { StackRegionUkOnly } from '../../../rules/stack/StackRegionUkOnly';
import { statusOf } from '../harness';

const STACK = '(stack)';
const stack = (
  options: { region?: string; tags?: Record<string, string>; parent?: string } = {},
  resources: Record<string, unknown> = { B: { Type: 'AWS::S3::Bucket' } },
): Template => parseTemplate(JSON.stringify({ Resources: resources }), 'test.template.json', { stack: 'Test', ...options });

describe('StackRegionUkOnly', () => {
  const rule = StackRegionUkOnly;
  it('passes eu-west-2', () => expect(statusOf(rule, STACK, stack({ region: 'eu-west-2' }))).toBe('COMPLIANT'));
  it('passes a us-east-1 stack holding only CloudFront certificates and web ACLs', () => {
    const edge = { Cert: { Type: 'AWS::CertificateManager::Certificate' }, Acl: { Type: 'AWS::WAFv2::WebACL' } };
    expect(statusOf(rule, STACK, stack({ region: 'us-east-1' }, edge))).toBe('COMPLIANT');
  });
  it('fails eu-west-1, an EEA region that needs an exception', () =>
    expect(statusOf(rule, STACK, stack({ region: 'eu-west-1' }))).toBe('NON_COMPLIANT'));
  it('fails a us-east-1 stack holding data', () =>
    expect(statusOf(rule, STACK, stack({ region: 'us-east-1' }))).toBe('NON_COMPLIANT'));
  it('is not applicable to a nested stack', () =>
    expect(statusOf(rule, STACK, stack({ region: 'us-east-1', parent: 'Parent' }))).toBe('NOT_APPLICABLE'));
  it('needs review when the stack is environment-agnostic', () =>
    expect(statusOf(rule, STACK, stack())).toBe('INSUFFICIENT_DATA'));
});

describe('StackOwnershipTagged', () => {
  const rule = StackOwnershipTagged;
  it('passes owner and classification tags in any spelling', () => {
    expect(statusOf(rule, STACK, stack({ tags: { Owner: 'team@nhs.net', 'Data-Classification': 'official-sensitive' } }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails without a classification', () =>
    expect(statusOf(rule, STACK, stack({ tags: { owner: 'team' } }))).toBe('NON_COMPLIANT'));
  it('is not applicable to a nested stack', () =>
    expect(statusOf(rule, STACK, stack({ parent: 'Parent' }))).toBe('NOT_APPLICABLE'));
  it('needs review when the input records no stack tags', () => expect(statusOf(rule, STACK, stack())).toBe('INSUFFICIENT_DATA'));
});

describe('StackDpiaReferenced', () => {
  const rule = StackDpiaReferenced;
  it('passes with a dpia tag', () => expect(statusOf(rule, STACK, stack({ tags: { dpia: 'DPIA-2026-014' } }))).toBe('COMPLIANT'));
  it('fails when the tags carry no dpia', () =>
    expect(statusOf(rule, STACK, stack({ tags: { owner: 'team' } }))).toBe('NON_COMPLIANT'));
  it('needs review when the input records no stack tags', () => expect(statusOf(rule, STACK, stack())).toBe('INSUFFICIENT_DATA'));
});
