/**
 * What a team needs to write rules of its own for `palisade check --rules
 * MODULE` (`require('palisade-nhs/rules')`): the rule kit without the
 * constructs and packs, so that loading it never loads aws-cdk-lib.
 */
export * from './engine/model';
export { defineRule, pass, fail, notApplicable, needsReview } from './engine/rule';
export type { Rule, RuleContext, RuleDefinition, Verdict } from './engine/rule';
export type { ConfigItem, ConfigRelationship, ConfigScope } from './engine/config-item';
export { STACK_TYPE } from './engine/template-index';
export type { TemplateIndex, TemplateResource } from './engine/template-index';
export { Unknown, isUnknown, unknown } from './engine/unknown';
export * from './engine/facts';
export { ACCOUNT_TYPE } from './engine/template-index';
