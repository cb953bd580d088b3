import { Tri, asString, existing } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

const ASSOCIATION_TYPES = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];

/**
 * Whether a web ACL association in this template names the resource: by
 * reference in ResourceArn (Ref of a load balancer, or the stage's logical id
 * inside an Fn::Join/Fn::Sub ARN), or by literal text `extraMatch` accepts.
 * An association whose ResourceArn is wholly opaque (a parameter, an import)
 * may be for this resource, which leaves the answer Unknown; one with readable
 * ARN text that names something else is not.
 */
export function hasWebAclAssociation(
  resource: TemplateResource,
  index: TemplateIndex,
  extraMatch: (arnText: string) => boolean = () => false,
): Tri {
  let undecided: Unknown | undefined;
  for (const type of ASSOCIATION_TYPES) {
    const naming = index.referrers(resource, type, 'ResourceArn');
    for (const assoc of existing(index.ofType(type), index)) {
      const exists = index.exists(assoc);
      const arn = assoc.get('ResourceArn');
      const text = asString(arn);
      const names = naming.includes(assoc) || (typeof text === 'string' && extraMatch(text));
      if (names) {
        if (isUnknown(exists)) undecided ??= exists;
        else return true;
      } else if (isUnknown(arn) && !namesAnotherOfItsType(arn, resource, index)) {
        undecided ??= new Unknown(`the resource of web ACL association ${assoc.logicalId} is not known: ${arn.reason}`);
      }
    }
  }
  return undecided ?? false;
}

/**
 * An ARN built with Fn::Sub/Fn::Join that refers to another resource of the same type
 * (another stage, another load balancer) names that one, whatever its unknown parts
 * are; any other unknown ARN may name this resource.
 */
function namesAnotherOfItsType(arn: Unknown, resource: TemplateResource, index: TemplateIndex): boolean {
  return (
    arn instanceof PartialString && arn.refs.some((id) => id !== resource.logicalId && index.get(id)?.type === resource.type)
  );
}
