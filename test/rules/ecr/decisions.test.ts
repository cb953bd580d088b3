import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { EcrImageScanOnPush } from '../../../rules/ecr/EcrImageScanOnPush';
import { EcrRepositoryKmsEncryption } from '../../../rules/ecr/EcrRepositoryKmsEncryption';
import { EcrRepositoryPolicyNotPublic } from '../../../rules/ecr/EcrRepositoryPolicyNotPublic';
import { EcrTagImmutability } from '../../../rules/ecr/EcrTagImmutability';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');
const registry = (filters: unknown, exists: unknown = true, frequency: unknown = 'SCAN_ON_PUSH') => [
  { frequency, filters, exists },
];
const grant = (g: Record<string, unknown>) => ({
  statements: [{ effect: 'Allow', everyone: false, restricted: false, actions: 'ecr:BatchGetImage', ...g }],
});

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['scan on push', EcrImageScanOnPush, { scanOnPush: true, name: open, registryRules: open }, 'COMPLIANT'],
    ['no scanning', EcrImageScanOnPush, { scanOnPush: undefined, name: 'app', registryRules: [] }, 'NON_COMPLIANT'],
    [
      'registry rule for all',
      EcrImageScanOnPush,
      { scanOnPush: false, name: undefined, registryRules: registry(['*']) },
      'COMPLIANT',
    ],
    [
      'registry rule, manual only',
      EcrImageScanOnPush,
      { scanOnPush: false, name: 'app', registryRules: registry(['*'], true, 'MANUAL') },
      'NON_COMPLIANT',
    ],
    [
      'registry rule that may not exist',
      EcrImageScanOnPush,
      { scanOnPush: false, name: 'app', registryRules: registry(['*'], open) },
      'INSUFFICIENT_DATA',
    ],
    [
      'registry filter, name generated',
      EcrImageScanOnPush,
      { scanOnPush: false, name: undefined, registryRules: registry(['app-*']) },
      'INSUFFICIENT_DATA',
    ],
    [
      'registry filter not matching',
      EcrImageScanOnPush,
      { scanOnPush: false, name: 'web', registryRules: registry(['app-*']) },
      'NON_COMPLIANT',
    ],
    ['scan open', EcrImageScanOnPush, { scanOnPush: open, name: 'web', registryRules: [] }, 'INSUFFICIENT_DATA'],
    ['immutable', EcrTagImmutability, { mutability: 'IMMUTABLE' }, 'COMPLIANT'],
    ['mutable by default', EcrTagImmutability, { mutability: undefined }, 'NON_COMPLIANT'],
    ['mutability open', EcrTagImmutability, { mutability: open }, 'INSUFFICIENT_DATA'],
    ['kms with a customer key', EcrRepositoryKmsEncryption, { encryptionType: 'KMS', key: 'customer-managed' }, 'COMPLIANT'],
    ['kms with the aws key', EcrRepositoryKmsEncryption, { encryptionType: 'KMS', key: 'none' }, 'NON_COMPLIANT'],
    ['aes256', EcrRepositoryKmsEncryption, { encryptionType: undefined, key: 'none' }, 'NON_COMPLIANT'],
    ['kms key open', EcrRepositoryKmsEncryption, { encryptionType: 'KMS', key: open }, 'INSUFFICIENT_DATA'],
    ['policy: named account', EcrRepositoryPolicyNotPublic, grant({}), 'COMPLIANT'],
    ['policy: everyone', EcrRepositoryPolicyNotPublic, grant({ everyone: true }), 'NON_COMPLIANT'],
    [
      'policy: everyone in the organisation',
      EcrRepositoryPolicyNotPublic,
      grant({ everyone: true, restricted: true }),
      'COMPLIANT',
    ],
    ['policy: open principal', EcrRepositoryPolicyNotPublic, grant({ everyone: open }), 'INSUFFICIENT_DATA'],
    ['policy: open principal on a Deny', EcrRepositoryPolicyNotPublic, grant({ everyone: open, effect: 'Deny' }), 'COMPLIANT'],
    ['policy: open document', EcrRepositoryPolicyNotPublic, { statements: open }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
