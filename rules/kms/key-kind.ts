import { ConfigScope } from '../../lib/engine/config-item';
import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** Which kind of KMS key a key property names: none (the service's default), an AWS managed key, or a customer managed key. */
export type KeyKind = 'none' | 'aws-managed' | 'customer-managed';

const CUSTOMER_KEY_TYPES = ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::KMS::Alias'];

/** Stands for an unknown part of a string while its shape is read. */
const HOLE = '\u0000';

/**
 * The kind of key a literal key identifier names. The `alias/aws/` namespace is
 * reserved for AWS managed keys, so `alias/aws/s3`, its alias ARN
 * `arn:<partition>:kms:<region>:<account>:alias/aws/s3` and the bare `aws/s3`
 * (the name services print, which some accept) are AWS managed; any other alias
 * is one a customer created. A key id or key ARN says nothing by itself: it is
 * customer managed only when the key is known (`keyManager` looks it up).
 */
export function keyKindOfId(id: string, keyManager?: (keyId: string) => KeyKind | Unknown): KeyKind | Unknown {
  const text = id.trim();
  if (text === '') return 'none';
  const arn = /^arn:[^:]*:kms:[^:]*:[^:]*:(.*)$/i.exec(text);
  const resource = arn ? arn[1] : text;
  if (resource.includes(HOLE)) return new Unknown('the key identifier is only known at deployment');
  if (/^(alias\/)?aws\/./i.test(resource)) return 'aws-managed';
  if (/^alias\/./i.test(resource)) return 'customer-managed';
  const keyId = /^(key\/)?((mrk-)?[0-9a-f-]{8,})$/i.exec(resource)?.[2];
  if (keyId && (arn || !resource.startsWith('key/'))) {
    return (
      keyManager?.(keyId) ??
      new Unknown(`key ${keyId} is not declared here, so whether AWS or a customer manages it is not known`)
    );
  }
  return new Unknown(`${text} is not a KMS key id, key ARN or alias`);
}

/** The kind of key a template property names (see keyKindOfId); a key or alias declared in the template is customer managed. */
export function keyKindOf(value: unknown, index: TemplateIndex): KeyKind | Unknown {
  if (value === undefined || value === null) return 'none';
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    const target = index.target(value);
    if (target && CUSTOMER_KEY_TYPES.includes(target.type)) return 'customer-managed';
    return new Unknown(
      `the key comes from ${value.ref}${target ? ` (${target.type})` : ''}, which is only known after deployment`,
    );
  }
  if (typeof value === 'string') return keyKindOfId(value);
  if (value instanceof PartialString) {
    // The parts that decide must be literal: `arn:${AWS::Partition}:kms:…:alias/aws/s3` is AWS managed,
    // `alias/${Name}` could name any key.
    if (value.refs.some((r) => CUSTOMER_KEY_TYPES.includes(index.get(r)?.type ?? ''))) return 'customer-managed';
    const kind = keyKindOfId(value.text.replace(/\$\{[^}]*\}/g, HOLE));
    return isUnknown(kind) ? value : kind;
  }
  return isUnknown(value) ? value : new Unknown('the key is not a literal');
}

/** The kind of key a configuration item names, looking key ids up among the account-region's KMS keys. */
export function keyKindInScope(value: unknown, scope: ConfigScope): KeyKind | Unknown {
  if (value === undefined || value === null) return 'none';
  if (typeof value !== 'string') return new Unknown('the key identifier is not a string');
  return keyKindOfId(value, (keyId) => {
    if (!scope.records('AWS::KMS::Key')) return new Unknown(`KMS keys are not recorded, so key ${keyId} cannot be looked up`);
    const manager = scope.get('AWS::KMS::Key', keyId)?.configuration.keyManager;
    if (manager === 'AWS') return 'aws-managed';
    if (manager === 'CUSTOMER') return 'customer-managed';
    return new Unknown(`key ${keyId} is not among the recorded KMS keys`);
  });
}
