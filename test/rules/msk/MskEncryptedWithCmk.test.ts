import { MskEncryptedWithCmk as rule } from '../../../rules/msk/MskEncryptedWithCmk';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (key?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Key: { Type: 'AWS::KMS::Key' },
      C: {
        Type: 'AWS::MSK::Cluster',
        Properties: key === undefined ? {} : { EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: key } } },
      },
    },
  });

describe('MskEncryptedWithCmk', () => {
  it('passes with a key from the template', () =>
    expect(statusOf(rule, 'C', cluster({ 'Fn::GetAtt': ['Key', 'Arn'] }))).toBe('COMPLIANT'));
  it('fails without a key (aws/kafka)', () => expect(statusOf(rule, 'C', cluster())).toBe('NON_COMPLIANT'));
  it('fails with the AWS managed alias', () => expect(statusOf(rule, 'C', cluster('alias/aws/kafka'))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () => expect(statusOf(rule, 'C', cluster(PARAM))).toBe('INSUFFICIENT_DATA'));
});
