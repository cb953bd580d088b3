import { KmsKeyPolicyNoPublicAccess } from '../../../rules/kms/KmsKeyPolicyNoPublicAccess';
import { KmsKeyRotationEnabled } from '../../../rules/kms/KmsKeyRotationEnabled';
import { corpusItem } from '../corpus-item';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const ROOT = {
  Sid: 'root',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};
const EVERYONE = { Sid: 'all', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' };

const asTemplate = (statements: unknown[], rotation: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Key: {
        Type: 'AWS::KMS::Key',
        Properties: { EnableKeyRotation: rotation, KeyPolicy: { Version: '2012-10-17', Statement: statements } },
      },
    },
  });

const asItem = (statements: unknown[], rotation: boolean | undefined) =>
  configItem(
    'AWS::KMS::Key',
    { keyId: 'k1', keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', keyState: 'Enabled' },
    {
      supplementaryConfiguration: {
        Policy: { Version: '2012-10-17', Statement: statements },
        ...(rotation !== undefined && { KeyRotationStatus: rotation }),
      },
    },
  );

describe('KMS rules: templates and configuration items agree', () => {
  it.each([
    ['a rotating key for the account only', [ROOT], true, 'COMPLIANT', 'COMPLIANT'],
    ['a key open to everyone that does not rotate', [ROOT, EVERYONE], false, 'NON_COMPLIANT', 'NON_COMPLIANT'],
  ] as const)('%s', (_name, statements, rotation, policy, rotates) => {
    expect([
      statusOf(KmsKeyPolicyNoPublicAccess, 'Key', asTemplate([...statements], rotation)),
      statusOfItem(KmsKeyPolicyNoPublicAccess, asItem([...statements], rotation)),
    ]).toEqual([policy, policy]);
    expect([
      statusOf(KmsKeyRotationEnabled, 'Key', asTemplate([...statements], rotation)),
      statusOfItem(KmsKeyRotationEnabled, asItem([...statements], rotation)),
    ]).toEqual([rotates, rotates]);
  });

  it('rotation left open by the template is undecided as a rotation status the item does not record', () => {
    expect([
      statusOf(KmsKeyRotationEnabled, 'Key', asTemplate([ROOT], PARAM)),
      statusOfItem(KmsKeyRotationEnabled, asItem([ROOT], undefined)),
    ]).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
  });

  it('a key item without its policy is undecided, never open or closed', () =>
    expect(statusOfItem(KmsKeyPolicyNoPublicAccess, configItem('AWS::KMS::Key', { keyManager: 'CUSTOMER' }))).toBe(
      'INSUFFICIENT_DATA',
    ));

  it('the RDK example AWS managed Lambda key: "*" narrowed by kms:CallerAccount, rotation by AWS', () => {
    const item = corpusItem('AWS_KMS_Key/rdk-example.json');
    expect(statusOfItem(KmsKeyPolicyNoPublicAccess, item)).toBe('COMPLIANT');
    expect(statusOfItem(KmsKeyRotationEnabled, item)).toBe('NOT_APPLICABLE');
  });
});
