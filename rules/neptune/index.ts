import { Rule } from '../../lib/engine/rule';
import { NeptuneClusterBackupRetention } from './NeptuneClusterBackupRetention';
import { NeptuneClusterDeletionProtection } from './NeptuneClusterDeletionProtection';
import { NeptuneClusterEncrypted } from './NeptuneClusterEncrypted';
import { NeptuneClusterIamAuthentication } from './NeptuneClusterIamAuthentication';

export const rules: Rule[] = [
  NeptuneClusterEncrypted,
  NeptuneClusterIamAuthentication,
  NeptuneClusterBackupRetention,
  NeptuneClusterDeletionProtection,
];
