import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { RoutingFacts, findingRoutes } from '../events/routing';

export const SecurityHubFindingsRoutedToAlerts = defineRule<RoutingFacts>({
  id: 'SecurityHubFindingsRoutedToAlerts',
  title: 'Security Hub findings are routed to an alerting channel',
  description:
    'Security Hub aggregates findings from GuardDuty, Inspector, Network Firewall partners and its own controls; an EventBridge rule must carry them to the people who respond, or they are never reported.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.3', '13.2'],
    tenSteps: ['logging-and-monitoring', 'incident-management'],
    internetFirst: ['IF-2'],
  },
  remediation:
    'Add an AWS::Events::Rule on the default bus with EventPattern { source: ["aws.securityhub"], detail-type: ["Security Hub Findings - Imported"] } (filtered to HIGH and CRITICAL if noisy) and an SNS topic target for the incident channel.',
  template: {
    resourceTypes: ['AWS::SecurityHub::Hub'],
    facts: (hub, context) => findingRoutes(hub, context, 'aws.securityhub', 'Security Hub Findings - Imported'),
  },
  evaluate({ routed, via }) {
    if (isUnknown(routed)) return needsReview(`an EventBridge rule that may route findings could not be read: ${routed.reason}`);
    if (routed) return pass(`findings are routed by ${via.join(', ')}`);
    return fail(
      'no enabled EventBridge rule with a target matches source aws.securityhub, so findings are not reported to anyone',
    );
  },
});
