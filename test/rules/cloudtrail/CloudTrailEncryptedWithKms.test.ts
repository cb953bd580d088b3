import { CloudTrailEncryptedWithKms as rule } from '../../../rules/cloudtrail/CloudTrailEncryptedWithKms';
import { statusOf } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailEncryptedWithKms', () => {
  it('passes with a key alias', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ KMSKeyId: 'alias/audit' }))).toBe('COMPLIANT'));
  it('passes with a key defined in the template', () => {
    expect(
      statusOf(rule, 'Trail', trailTemplate({ KMSKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }, { Key: { Type: 'AWS::KMS::Key' } })),
    ).toBe('COMPLIANT');
  });
  it('fails when KMSKeyId is missing', () => expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when the key depends on an undecidable condition', () => {
    expect(
      statusOf(rule, 'Trail', trailTemplate({ KMSKeyId: { 'Fn::If': ['Maybe', 'alias/audit', { Ref: 'AWS::NoValue' }] } })),
    ).toBe('NON_COMPLIANT');
  });
});
