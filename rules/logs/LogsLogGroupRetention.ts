import { Maybe, asNumber } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { MIN_RETENTION_DAYS, retentionVerdict } from './retention';

interface Facts {
  readonly retentionInDays: Maybe<number>;
}

export const LogsLogGroupRetention = defineRule<Facts>({
  id: 'LogsLogGroupRetention',
  title: `Log groups keep logs for a decided period of at least ${MIN_RETENTION_DAYS} days`,
  description:
    'Logs deleted too soon cannot support an investigation that starts months after the event; logs kept forever hold personal data longer than any records schedule allows.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
  remediation: `Set RetentionInDays to at least ${MIN_RETENTION_DAYS} (for example 400 or 731), as your records retention schedule requires (CDK: retention: logs.RetentionDays.TWO_YEARS).`,
  template: {
    resourceTypes: ['AWS::Logs::LogGroup'],
    facts: (group) => ({ retentionInDays: asNumber(group.get('RetentionInDays')) }),
  },
  evaluate: ({ retentionInDays }) => retentionVerdict(retentionInDays),
});
