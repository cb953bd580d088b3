import { EfsEncrypted } from '../../../rules/efs/EfsEncrypted';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const fs = (properties: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: properties } } });
const item = (configuration: Record<string, unknown>) =>
  configItem('AWS::EFS::FileSystem', { FileSystemId: 'fs-1', PerformanceMode: 'generalPurpose', ...configuration });

describe('EFS file systems: templates and configuration items agree', () => {
  it.each([
    ['encrypted', { Encrypted: true }, { Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/k' }, 'COMPLIANT'],
    ['unencrypted', { Encrypted: false }, { Encrypted: false }, 'NON_COMPLIANT'],
    ['left open / not recorded', { Encrypted: PARAM }, {}, 'INSUFFICIENT_DATA'],
  ])('%s', (_name, properties, configuration, expected) => {
    expect([statusOf(EfsEncrypted, 'Fs', fs(properties)), statusOfItem(EfsEncrypted, item(configuration))]).toEqual([
      expected,
      expected,
    ]);
  });
});
