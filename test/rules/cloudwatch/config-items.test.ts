import { CloudWatchAlarmHasAction } from '../../../rules/cloudwatch/CloudWatchAlarmHasAction';
import { corpusItem, parity } from '../docdb/item-parity';
import { PARAM, statusOfItem } from '../harness';

const TOPIC = 'arn:aws:sns:eu-west-2:111122223333:alerts';
const ALARM = {
  MetricName: 'Errors',
  Namespace: 'App',
  ComparisonOperator: 'GreaterThanThreshold',
  EvaluationPeriods: 1,
  Threshold: 1,
  Period: 60,
  Statistic: 'Sum',
};
const RECORDED = {
  metricName: 'Errors',
  namespace: 'App',
  actionsEnabled: true,
  alarmActions: [],
  okactions: [],
  insufficientDataActions: [],
};

parity(CloudWatchAlarmHasAction, { template: 'AWS::CloudWatch::Alarm', item: 'AWS::CloudWatch::Alarm' }, [
  ['notifies a topic', { ...ALARM, AlarmActions: [TOPIC] }, { ...RECORDED, alarmActions: [TOPIC] }, 'COMPLIANT'],
  ['only OK actions', { ...ALARM, OKActions: [TOPIC] }, { ...RECORDED, okactions: [TOPIC] }, 'NON_COMPLIANT'],
  [
    'actions disabled',
    { ...ALARM, ActionsEnabled: false, AlarmActions: [TOPIC] },
    { ...RECORDED, actionsEnabled: false, alarmActions: [TOPIC] },
    'NON_COMPLIANT',
  ],
  ['undecided', { ...ALARM, AlarmActions: PARAM }, { metricName: 'Errors', actionsEnabled: true }, 'INSUFFICIENT_DATA'],
]);

it('the real alarm item notifies its topic', () =>
  expect(statusOfItem(CloudWatchAlarmHasAction, corpusItem('AWS_CloudWatch_Alarm.json'))).toBe('COMPLIANT'));
