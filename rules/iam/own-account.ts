import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';

/*
 * IAM documents name "this account" through AWS::AccountId; for an environment-agnostic
 * stack that is not known, yet a trust of the stack's own account is not a trust of a
 * stranger. These readers keep the own account recognisable.
 */

/**
 * Stands for the stack's own account where the template names it through AWS::AccountId.
 * Plain text (no colon, no `${`), so that it is part of the known prefix of a string built around it.
 */
export const OWN_ACCOUNT = '(this account)';

/**
 * Resolves a raw value with the stack's own account and partition made literal:
 * `AWS::AccountId` becomes the account (or OWN_ACCOUNT when the stack is
 * environment-agnostic) and `AWS::Partition` becomes `aws` when unknown, so that
 * `arn:${AWS::Partition}:iam::${AWS::AccountId}:root` reads as this account's root.
 */
export function resolveWithOwnAccount(resource: TemplateResource, index: TemplateIndex, raw: unknown): unknown {
  const account = resource.template.account ?? OWN_ACCOUNT;
  const partition = resource.template.region?.startsWith('cn-')
    ? 'aws-cn'
    : resource.template.region?.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws';
  const substitute = (v: unknown, depth: number): unknown => {
    if (depth > 64 || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => substitute(x, depth + 1));
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === 'Ref') {
      if (o.Ref === 'AWS::AccountId') return account;
      if (o.Ref === 'AWS::Partition') return partition;
    }
    if (keys.length === 1 && keys[0] === 'Fn::Sub') {
      const arg = o['Fn::Sub'];
      const pattern = Array.isArray(arg) ? arg[0] : arg;
      if (typeof pattern === 'string') {
        // Only Fn::Sub without a variable of the same name; the pseudo parameters cannot be shadowed in practice.
        const replaced = pattern.split('${AWS::AccountId}').join(account).split('${AWS::Partition}').join(partition);
        return { 'Fn::Sub': Array.isArray(arg) ? [replaced, substitute(arg[1], depth + 1)] : replaced };
      }
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = substitute(o[k], depth + 1);
    return out;
  };
  return index.resolver.resolve(substitute(raw, 0));
}
