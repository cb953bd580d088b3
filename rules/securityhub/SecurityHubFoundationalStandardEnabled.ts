import { asBoolean, or } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';
import { RuleContext, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ofTypeInEnvironment } from '../guardduty/account-wide';

interface Facts {
  /** Whether FSBP is subscribed, through the hub's default standards or an AWS::SecurityHub::Standard. */
  readonly foundational: boolean | Unknown;
  /** What subscribes it, for the message. */
  readonly via?: string;
}

const FSBP = 'aws-foundational-security-best-practices';

export const SecurityHubFoundationalStandardEnabled = defineRule<Facts>({
  id: 'SecurityHubFoundationalStandardEnabled',
  title: 'Security Hub runs the AWS Foundational Security Best Practices standard',
  description:
    'Without a standard, Security Hub only collects other services’ findings; the foundational standard continuously checks the account’s own configuration against AWS’s baseline.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2', '5.4', '14.1'], tenSteps: ['logging-and-monitoring', 'risk-management'], internetFirst: ['IF-2'] },
  remediation:
    'Leave EnableDefaultStandards unset or true on the AWS::SecurityHub::Hub, or add an AWS::SecurityHub::Standard with StandardsArn arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0.',
  template: {
    resourceTypes: ['AWS::SecurityHub::Hub'],
    facts(hub, context) {
      // EnableDefaultStandards defaults to true, and the default standards include FSBP.
      const defaults = asBoolean(hub.get('EnableDefaultStandards'));
      if (defaults === undefined || defaults === true) return { foundational: true, via: 'the hub’s default standards' };
      const standard = subscribesToFoundational(hub, context);
      if (standard === true) return { foundational: true, via: 'an AWS::SecurityHub::Standard' };
      return { foundational: or(defaults, standard) };
    },
  },
  evaluate({ foundational, via }) {
    if (isUnknown(foundational))
      return needsReview(`whether the foundational standard is enabled is not known: ${foundational.reason}`);
    if (foundational) return pass(`AWS Foundational Security Best Practices is enabled by ${via}`);
    return fail(
      'EnableDefaultStandards is false and no AWS::SecurityHub::Standard enables AWS Foundational Security Best Practices',
    );
  },
});

function subscribesToFoundational(hub: TemplateResource, context: RuleContext): boolean | Unknown {
  return or(
    ...ofTypeInEnvironment(hub.template, context, 'AWS::SecurityHub::Standard').map((s) => {
      const arn = s.get('StandardsArn');
      if (arn instanceof PartialString) return arn.text.includes(FSBP);
      if (isUnknown(arn)) return arn;
      return typeof arn === 'string' && arn.includes(FSBP);
    }),
  );
}
