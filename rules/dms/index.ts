import { Rule } from '../../lib/engine/rule';

export const rules: Rule[] = [];
