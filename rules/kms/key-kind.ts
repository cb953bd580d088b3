import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** Which kind of KMS key a key property names: none (the service's default), an AWS managed key, or a customer managed key. */
export type KeyKind = 'none' | 'aws-managed' | 'customer-managed';

const CUSTOMER_KEY_TYPES = ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::KMS::Alias'];

/**
 * AWS managed keys are named in templates by their reserved aliases
 * (`alias/aws/<service>`); a key or alias declared in the template, or any other
 * literal key id, ARN or alias, is taken as customer managed.
 */
export function keyKindOf(value: unknown, index: TemplateIndex): KeyKind | Unknown {
  if (value === undefined || value === null || value === '') return 'none';
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    const target = index.target(value);
    if (target && CUSTOMER_KEY_TYPES.includes(target.type)) return 'customer-managed';
    return new Unknown(
      `the key comes from ${value.ref}${target ? ` (${target.type})` : ''}, which is only known after deployment`,
    );
  }
  if (typeof value === 'string') return /(^|:)alias\/aws\//i.test(value) ? 'aws-managed' : 'customer-managed';
  if (value instanceof PartialString) {
    if (/alias\/aws\//i.test(value.text)) return 'aws-managed';
    if (value.refs.some((r) => CUSTOMER_KEY_TYPES.includes(index.get(r)?.type ?? ''))) return 'customer-managed';
    if (/:key\/[0-9a-f-]{8,}/i.test(value.text)) return 'customer-managed';
    return value;
  }
  return isUnknown(value) ? value : new Unknown('the key is not a literal');
}
