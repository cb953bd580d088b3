import { KinesisStreamEncrypted as rule } from '../../../rules/kinesis/KinesisStreamEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

// How CDK writes the default encryption: KMS everywhere except the China regions.
const cdkDefault = {
  'Fn::If': [
    'AwsCdkKinesisEncryptedStreamsUnsupportedRegions',
    { Ref: 'AWS::NoValue' },
    { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
  ],
};
const stream = (props: Record<string, unknown>, region?: string) =>
  template(
    {
      Parameters: PARAMETERS,
      Conditions: {
        AwsCdkKinesisEncryptedStreamsUnsupportedRegions: {
          'Fn::Or': [
            { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'cn-north-1'] },
            { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'cn-northwest-1'] },
          ],
        },
      },
      Resources: { Stream: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1, ...props } } },
    },
    { region },
  );

describe('KinesisStreamEncrypted', () => {
  it('passes with KMS encryption', () =>
    expect(statusOf(rule, 'Stream', stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } }))).toBe(
      'COMPLIANT',
    ));
  it('passes with the CDK default once the region is known', () =>
    expect(statusOf(rule, 'Stream', stream({ StreamEncryption: cdkDefault }, 'eu-west-2'))).toBe('COMPLIANT'));
  it('fails when StreamEncryption is missing', () => expect(statusOf(rule, 'Stream', stream({}))).toBe('NON_COMPLIANT'));
  it('fails when EncryptionType is NONE', () =>
    expect(statusOf(rule, 'Stream', stream({ StreamEncryption: { EncryptionType: 'NONE' } }))).toBe('NON_COMPLIANT'));
  it('needs review when the encryption type is a parameter', () =>
    expect(statusOf(rule, 'Stream', stream({ StreamEncryption: { EncryptionType: PARAM } }))).toBe('INSUFFICIENT_DATA'));
  it('fails by cases for the CDK default when the region is not known', () =>
    expect(statusOf(rule, 'Stream', stream({ StreamEncryption: cdkDefault }))).toBe('NON_COMPLIANT'));
});
