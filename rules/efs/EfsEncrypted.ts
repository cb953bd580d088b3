import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly encrypted: Maybe<boolean>;
}

export const EfsEncrypted = defineRule<Facts>({
  id: 'EfsEncrypted',
  title: 'EFS file systems are encrypted at rest',
  description:
    'An unencrypted file system leaves its data readable from the underlying storage and its backups; encryption can only be chosen at creation.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'EFS_ENCRYPTED_CHECK',
  remediation:
    'Set Encrypted: true with a customer-managed KmsKeyId (CDK: encrypted: true, kmsKey); an existing file system must be copied to a new one.',
  template: {
    resourceTypes: ['AWS::EFS::FileSystem'],
    facts: (fs) => ({ encrypted: asBoolean(fs.get('Encrypted')) }),
  },
  configItem: {
    resourceTypes: ['AWS::EFS::FileSystem'],
    facts: (fs) => ({ encrypted: asBoolean(recorded(fs.configuration, 'Encrypted')) }),
  },
  evaluate({ encrypted }) {
    if (isUnknown(encrypted)) return needsReview(`whether the file system is encrypted is not known: ${encrypted.reason}`);
    if (encrypted === true) return pass('the file system is encrypted');
    // The console encrypts by default, but CloudFormation and the API do not.
    return fail(
      encrypted === false
        ? 'the file system is not encrypted'
        : 'encryption is not set, and CloudFormation creates file systems unencrypted',
    );
  },
});
