import { Rule } from '../../lib/engine/rule';
import { EcrImageScanOnPush } from './EcrImageScanOnPush';
import { EcrRepositoryKmsEncryption } from './EcrRepositoryKmsEncryption';
import { EcrRepositoryPolicyNotPublic } from './EcrRepositoryPolicyNotPublic';
import { EcrTagImmutability } from './EcrTagImmutability';

export const rules: Rule[] = [EcrImageScanOnPush, EcrTagImmutability, EcrRepositoryKmsEncryption, EcrRepositoryPolicyNotPublic];
