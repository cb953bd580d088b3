import { KmsKeyRotationEnabled as rule } from '../../../rules/kms/KmsKeyRotationEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const key = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { K: { Type: 'AWS::KMS::Key', Properties: props } } });

describe('KmsKeyRotationEnabled', () => {
  it('passes when rotation is on', () => expect(statusOf(rule, 'K', key({ EnableKeyRotation: true }))).toBe('COMPLIANT'));
  it('is not applicable to an asymmetric key', () =>
    expect(statusOf(rule, 'K', key({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).toBe('NOT_APPLICABLE'));
  it('is not applicable to an HMAC key', () =>
    expect(statusOf(rule, 'K', key({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).toBe('NOT_APPLICABLE'));
  it('is not applicable to imported key material', () =>
    expect(statusOf(rule, 'K', key({ Origin: 'EXTERNAL' }))).toBe('NOT_APPLICABLE'));
  it('fails when rotation is absent', () => expect(statusOf(rule, 'K', key({}))).toBe('NON_COMPLIANT'));
  it('fails when rotation is false', () =>
    expect(statusOf(rule, 'K', key({ KeySpec: 'SYMMETRIC_DEFAULT', EnableKeyRotation: false }))).toBe('NON_COMPLIANT'));
  it('needs review when rotation is a parameter', () =>
    expect(statusOf(rule, 'K', key({ EnableKeyRotation: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the key spec is a parameter', () =>
    expect(statusOf(rule, 'K', key({ KeySpec: PARAM, EnableKeyRotation: true }))).toBe('INSUFFICIENT_DATA'));
});
