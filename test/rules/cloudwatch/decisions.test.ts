import { CloudWatchAlarmHasAction } from '../../../rules/cloudwatch/CloudWatchAlarmHasAction';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    CloudWatchAlarmHasAction,
    [
      ['an ALARM action', { actionsEnabled: true, alarmActions: 1, otherActions: false }, 'COMPLIANT'],
      ['enabled by default', { actionsEnabled: undefined, alarmActions: 2, otherActions: true }, 'COMPLIANT'],
      ['no ALARM action', { actionsEnabled: true, alarmActions: 0, otherActions: false }, 'NON_COMPLIANT'],
      ['only OK actions', { actionsEnabled: true, alarmActions: 0, otherActions: true }, 'NON_COMPLIANT'],
      ['actions disabled', { actionsEnabled: false, alarmActions: 1, otherActions: false }, 'NON_COMPLIANT'],
      ['disabled, actions unknown', { actionsEnabled: false, alarmActions: U, otherActions: false }, 'NON_COMPLIANT'],
      ['actions unknown', { actionsEnabled: true, alarmActions: U, otherActions: false }, 'INSUFFICIENT_DATA'],
      ['enabling unknown', { actionsEnabled: U, alarmActions: 1, otherActions: false }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
