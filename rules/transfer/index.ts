import { Rule } from '../../lib/engine/rule';
import { TransferServerNoFtp } from './TransferServerNoFtp';

export const rules: Rule[] = [TransferServerNoFtp];
