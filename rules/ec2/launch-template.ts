import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isSet } from './values';

/**
 * The launch template an instance uses, when the template defines it (by
 * LaunchTemplateId reference or by LaunchTemplateName); undefined when the
 * instance uses none, an Unknown when it uses one the template cannot show.
 */
export function launchTemplateOf(instance: TemplateResource, { index }: RuleContext): TemplateResource | undefined | Unknown {
  const uses = isSet(instance, 'LaunchTemplate');
  if (uses === false) return undefined;
  if (isUnknown(uses)) return uses;
  const byId = index.target(instance.get('LaunchTemplate.LaunchTemplateId'));
  if (byId?.type === 'AWS::EC2::LaunchTemplate') return byId;
  const name = instance.get('LaunchTemplate.LaunchTemplateName');
  const byName =
    index.target(name) ??
    index.ofType('AWS::EC2::LaunchTemplate').find((t) => typeof name === 'string' && t.get('LaunchTemplateName') === name);
  if (byName?.type === 'AWS::EC2::LaunchTemplate') return byName;
  return new Unknown(`launch template of ${instance.logicalId} is not defined in this template`);
}
