/** Palisade's library entry: the engine and catalogue (no CDK needed), the cdk-nag packs and the constructs. */
export * from './engine/model';
export { evaluate } from './engine/evaluate';
export type { EvaluateOptions } from './engine/evaluate';
export { defineRule, pass, fail, notApplicable, needsReview } from './engine/rule';
export type { Rule, RuleContext, Verdict } from './engine/rule';
export { Unknown, isUnknown } from './engine/unknown';
export { parseTemplate } from './sources/template/parse';
export { discoverTemplates } from './sources/template/discover';
export { loadCloudAssembly } from './sources/template/cloud-assembly';
export { CATALOGUE, rulesOfPack } from '../rules/catalogue';
export * from './nag';
export * from './constructs';
