import { PartialString } from '../../lib/engine/intrinsics';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { textOf } from '../ec2/values';

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
): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const type of ASSOCIATION_TYPES) {
    for (const assoc of index.ofType(type)) {
      const exists = index.exists(assoc);
      if (exists === false) continue;
      const arn = assoc.get('ResourceArn');
      const text = textOf(arn);
      const names = index.referrers(resource, type, 'ResourceArn').includes(assoc) || (text !== undefined && extraMatch(text));
      if (names) {
        if (isUnknown(exists)) undecided ??= exists;
        else return true;
      } else if (isUnknown(arn) && !(arn instanceof PartialString)) {
        undecided ??= new Unknown(`the resource of web ACL association ${assoc.logicalId} is not known: ${arn.reason}`);
      }
    }
  }
  return undecided ?? false;
}
