import { Rule } from '../../lib/engine/rule';
import { WafWebAclBaselineRules } from './WafWebAclBaselineRules';
import { WafWebAclLoggingEnabled } from './WafWebAclLoggingEnabled';
import { WafWebAclNotEmpty } from './WafWebAclNotEmpty';

export const rules: Rule[] = [WafWebAclNotEmpty, WafWebAclBaselineRules, WafWebAclLoggingEnabled];
