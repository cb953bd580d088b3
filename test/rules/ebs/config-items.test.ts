import { Ec2EbsVolumeEncrypted } from '../../../rules/ebs/Ec2EbsVolumeEncrypted';
import { corpusItem } from '../corpus-item';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const volume = (properties: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Vol: { Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: 'eu-west-2a', Size: 8, ...properties } } },
  });
const item = (configuration: Record<string, unknown>) =>
  configItem('AWS::EC2::Volume', {
    volumeId: 'vol-1',
    size: 8,
    availabilityZone: 'eu-west-2a',
    snapshotId: '',
    ...configuration,
  });

describe('EBS volumes: templates and configuration items agree', () => {
  it.each([
    [
      'encrypted with a key',
      { Encrypted: true, KmsKeyId: 'alias/data' },
      { encrypted: true, kmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab' },
      'COMPLIANT',
    ],
    ['unencrypted', { Encrypted: false }, { encrypted: false }, 'NON_COMPLIANT'],
    ['encryption left open / not recorded', { Encrypted: PARAM }, {}, 'INSUFFICIENT_DATA'],
  ])('%s', (_name, properties, configuration, expected) => {
    expect([
      statusOf(Ec2EbsVolumeEncrypted, 'Vol', volume(properties)),
      statusOfItem(Ec2EbsVolumeEncrypted, item(configuration)),
    ]).toEqual([expected, expected]);
  });

  it('decides a volume made from a snapshot from the item, which records the inherited encryption', () => {
    expect(statusOf(Ec2EbsVolumeEncrypted, 'Vol', volume({ SnapshotId: 'snap-1' }))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(Ec2EbsVolumeEncrypted, item({ snapshotId: 'snap-1', encrypted: false }))).toBe('NON_COMPLIANT');
  });

  it.each([
    ['AWS_EC2_Volume/rdk-example.json', 'COMPLIANT'],
    // The 2014 documentation item predates the encrypted field.
    ['AWS_EC2_Volume/awsdocs-deliver-snapshot-cli-block2-1.json', 'INSUFFICIENT_DATA'],
  ])('reads the real item %s', (file, expected) => expect(statusOfItem(Ec2EbsVolumeEncrypted, corpusItem(file))).toBe(expected));
});
