import { Rule } from '../../lib/engine/rule';
import { AccessAnalyzerExternalAccessEnabled } from './AccessAnalyzerExternalAccessEnabled';

export const rules: Rule[] = [AccessAnalyzerExternalAccessEnabled];
