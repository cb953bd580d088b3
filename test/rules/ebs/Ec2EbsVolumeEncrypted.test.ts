import { Ec2EbsVolumeEncrypted as rule } from '../../../rules/ebs/Ec2EbsVolumeEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const volume = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Vol: { Type: 'AWS::EC2::Volume', Properties: { Size: 10, ...props } } } });

describe('Ec2EbsVolumeEncrypted', () => {
  it('passes when Encrypted is true', () => expect(statusOf(rule, 'Vol', volume({ Encrypted: true }))).toBe('COMPLIANT'));
  it('passes when a KMS key is given', () =>
    expect(statusOf(rule, 'Vol', volume({ KmsKeyId: 'alias/ebs-data' }))).toBe('COMPLIANT'));
  // A String parameter may be empty, and then no key is given.
  it('needs review when the KMS key is a parameter that may be empty', () =>
    expect(statusOf(rule, 'Vol', volume({ KmsKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails when Encrypted is absent', () => expect(statusOf(rule, 'Vol', volume({}))).toBe('NON_COMPLIANT'));
  it('fails when Encrypted is false', () => expect(statusOf(rule, 'Vol', volume({ Encrypted: false }))).toBe('NON_COMPLIANT'));
  it('needs review when Encrypted is a parameter', () =>
    expect(statusOf(rule, 'Vol', volume({ Encrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the volume comes from a snapshot', () =>
    expect(statusOf(rule, 'Vol', volume({ SnapshotId: 'snap-1' }))).toBe('INSUFFICIENT_DATA'));
});
