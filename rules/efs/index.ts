import { Rule } from '../../lib/engine/rule';
import { EfsEncrypted } from './EfsEncrypted';
import { EfsInBackupPlan } from './EfsInBackupPlan';

export const rules: Rule[] = [EfsEncrypted, EfsInBackupPlan];
