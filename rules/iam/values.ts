import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { rawAt } from '../legacy-values';

export { asBoolean, listOf, field } from '../../lib/engine/facts';
export { textOf, rawAt } from '../legacy-values';

/*
 * Small readers shared by the identity, compute and patching rules (iam, cognito,
 * ecs, ecr, lambda, eks, autoscaling, codebuild, ssm, sagemaker, stack).
 */

/**
 * An undecidable value kept as plain data. The engine refuses any pass whose facts
 * hold an Unknown; some rules pass on other evidence (two known zones make a
 * function multi-AZ whatever a third subnet is), so the adapter records the
 * reason and evaluate decides whether it matters.
 */
export interface Undecided {
  readonly undecided: string;
}

export function undecided(u: Unknown | string): Undecided {
  return { undecided: typeof u === 'string' ? u : u.reason };
}

export function isUndecided(value: unknown): value is Undecided {
  return value !== null && typeof value === 'object' && typeof (value as Undecided).undecided === 'string';
}

/**
 * Whether a property is set. A reference or attribute always yields a value, so
 * only a parameter (which may be empty), an Fn::If (which may be AWS::NoValue) or
 * a lookup leaves it undecided.
 */
export function isSet(resource: TemplateResource, path: string): boolean | Unknown {
  const value = resource.get(path);
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (!isUnknown(value)) return true;
  const raw = rawAt(resource.raw.Properties, path);
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const [key] = Object.keys(raw);
    const arg = (raw as Record<string, unknown>)[key];
    if (key === 'Fn::GetAtt' || key === 'Fn::ImportValue' || key === 'Fn::Sub' || key === 'Fn::Join') return true;
    if (key === 'Ref' && typeof arg === 'string' && (arg.startsWith('AWS::') || resource.template.body.Resources[arg]))
      return true;
  }
  return value;
}

/** Stands for the stack's own account where the template names it through AWS::AccountId. */
export const OWN_ACCOUNT = '${AWS::AccountId}';

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
        const replaced = pattern
          .split('${AWS::AccountId}')
          .join(account === OWN_ACCOUNT ? '${!AWS::AccountId}' : account)
          .split('${AWS::Partition}')
          .join(partition);
        return { 'Fn::Sub': Array.isArray(arg) ? [replaced, substitute(arg[1], depth + 1)] : replaced };
      }
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = substitute(o[k], depth + 1);
    return out;
  };
  return index.resolver.resolve(substitute(raw, 0));
}
