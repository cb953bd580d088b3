import { Rule } from '../../lib/engine/rule';
import { TemplateTransformsProcessed } from './TemplateTransformsProcessed';

export const rules: Rule[] = [TemplateTransformsProcessed];
