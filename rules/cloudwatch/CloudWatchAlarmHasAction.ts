import { Maybe, asBoolean, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the alarm's actions run at all. */
  readonly actionsEnabled: Maybe<boolean>;
  /** How many AlarmActions there are (their ARNs need not be known). */
  readonly alarmActions: number | Unknown;
  /** Whether OK or INSUFFICIENT_DATA actions are (or may be) set: only for the message. */
  readonly otherActions: boolean;
}

export const CloudWatchAlarmHasAction = defineRule<Facts>({
  id: 'CloudWatchAlarmHasAction',
  title: 'CloudWatch alarms notify someone when they fire',
  description:
    'An alarm without an ALARM action changes colour on a dashboard and nothing else; security alarms must reach a person or an automated response to count as reporting.',
  severity: 'warning',
  controls: { ncscCsp: ['13.2', '5.2'], tenSteps: ['logging-and-monitoring', 'incident-management'], internetFirst: ['IF-2'] },
  configRule: 'CLOUDWATCH_ALARM_ACTION_CHECK',
  remediation:
    'Add an SNS topic (or other action) to AlarmActions and keep ActionsEnabled true (CDK: alarm.addAlarmAction(new actions.SnsAction(topic))).',
  template: {
    resourceTypes: ['AWS::CloudWatch::Alarm'],
    facts: (alarm) => ({
      actionsEnabled: asBoolean(alarm.get('ActionsEnabled')),
      alarmActions: countOf(alarm.get('AlarmActions')),
      otherActions: [alarm.get('OKActions'), alarm.get('InsufficientDataActions')].some((l) => countOf(l) !== 0),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::CloudWatch::Alarm'],
    facts: ({ configuration: c }) => ({
      actionsEnabled: asBoolean(recorded(c, 'actionsEnabled')),
      alarmActions: countOf(recorded(c, 'alarmActions')),
      otherActions: [c.okactions, c.insufficientDataActions].some((l) => countOf(l) !== 0),
    }),
  },
  evaluate({ actionsEnabled, alarmActions, otherActions }) {
    if (isUnknown(actionsEnabled)) return needsReview(`whether actions are enabled is not known: ${actionsEnabled.reason}`);
    if (actionsEnabled === false) return fail('actions are disabled, so the alarm notifies no one');
    if (isUnknown(alarmActions)) return needsReview(`the alarm actions are not known: ${alarmActions.reason}`);
    if (alarmActions > 0) return pass(`the alarm has ${alarmActions} ALARM action${alarmActions === 1 ? '' : 's'}`);
    // OK and INSUFFICIENT_DATA actions do not tell anyone that the threshold was breached.
    if (otherActions)
      return fail('the alarm has OK or INSUFFICIENT_DATA actions but no ALARM action, so a breach notifies no one');
    return fail('the alarm has no ALARM action, so a breach notifies no one');
  },
});

/** How many items a list property has; an item an undecidable Fn::If may remove is decided by cases before it gets here. */
function countOf(list: unknown): number | Unknown {
  const items = listOf(list);
  return isUnknown(items) ? items : items.length;
}
