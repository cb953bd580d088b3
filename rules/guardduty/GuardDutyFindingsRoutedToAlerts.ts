import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { RoutingFacts, findingRoutes } from '../events/routing';

export const GuardDutyFindingsRoutedToAlerts = defineRule<RoutingFacts>({
  id: 'GuardDutyFindingsRoutedToAlerts',
  title: 'GuardDuty findings are routed to an alerting channel',
  description:
    'Detection is only half of Internet First IF-2: findings that nobody is told about are not reported. An EventBridge rule should send GuardDuty findings to the incident channel.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.3', '13.2'],
    tenSteps: ['logging-and-monitoring', 'incident-management'],
    internetFirst: ['IF-2'],
  },
  remediation:
    'Add an AWS::Events::Rule on the default bus with EventPattern { source: ["aws.guardduty"], detail-type: ["GuardDuty Finding"] } (optionally severity >= 4) and an SNS topic target that reaches the on-call or incident channel (CDK: new events.Rule(..., { eventPattern: { source: ["aws.guardduty"] }, targets: [new targets.SnsTopic(topic)] })).',
  template: {
    resourceTypes: ['AWS::GuardDuty::Detector'],
    facts: (detector, context) => findingRoutes(detector, context, 'aws.guardduty', 'GuardDuty Finding'),
  },
  evaluate({ routed, via }) {
    if (isUnknown(routed)) return needsReview(`an EventBridge rule that may route findings could not be read: ${routed.reason}`);
    if (routed) return pass(`findings are routed by ${via.join(', ')}`);
    return fail('no enabled EventBridge rule with a target matches source aws.guardduty, so findings are not reported to anyone');
  },
});
