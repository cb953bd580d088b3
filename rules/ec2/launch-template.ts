import { hasProperty, relatedResource } from '../../lib/engine/facts';
import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

const LAUNCH_TEMPLATE = 'AWS::EC2::LaunchTemplate';

/**
 * The launch template an instance uses, when the template defines it (by
 * LaunchTemplateId reference or by LaunchTemplateName); undefined when the
 * instance uses none, an Unknown when it uses one the template cannot show.
 */
export function launchTemplateOf(instance: TemplateResource, { index }: RuleContext): TemplateResource | undefined | Unknown {
  const uses = hasProperty(instance, 'LaunchTemplate');
  if (uses === false) return undefined;
  if (isUnknown(uses)) return uses;
  const id = instance.get('LaunchTemplate.LaunchTemplateId');
  const found =
    id !== undefined
      ? relatedResource(id, index, LAUNCH_TEMPLATE, 'LaunchTemplateId')
      : relatedResource(instance.get('LaunchTemplate.LaunchTemplateName'), index, LAUNCH_TEMPLATE, 'LaunchTemplateName');
  return found ?? new Unknown(`the launch template of ${instance.logicalId} is not named`);
}
