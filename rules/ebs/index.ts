import { Rule } from '../../lib/engine/rule';
import { Ec2EbsVolumeEncrypted } from './Ec2EbsVolumeEncrypted';

export const rules: Rule[] = [Ec2EbsVolumeEncrypted];
