import { asNumber } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { value } from './item';

interface Facts {
  readonly intervalSeconds: number | undefined | Unknown;
}

export const RdsEnhancedMonitoring = defineRule<Facts>({
  id: 'RdsEnhancedMonitoring',
  title: 'RDS DB instances have Enhanced Monitoring',
  description:
    'Enhanced Monitoring records operating-system metrics and processes every few seconds, which shows resource exhaustion and unexpected processes that CloudWatch’s one-minute metrics miss.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'RDS_ENHANCED_MONITORING_ENABLED',
  remediation:
    'Set MonitoringInterval to 1, 5, 10, 15, 30 or 60 seconds with a MonitoringRoleArn (CDK: monitoringInterval: Duration.seconds(60)).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ intervalSeconds: asNumber(db.get('MonitoringInterval')) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ intervalSeconds: asNumber(value(db, 'monitoringInterval')) }),
  },
  evaluate({ intervalSeconds }) {
    if (isUnknown(intervalSeconds))
      return needsReview(`the Enhanced Monitoring interval is not known: ${intervalSeconds.reason}`);
    if (intervalSeconds && intervalSeconds > 0) return pass(`Enhanced Monitoring every ${intervalSeconds} seconds`);
    return fail(
      intervalSeconds === 0
        ? 'the monitoring interval is 0, so Enhanced Monitoring is off'
        : 'no monitoring interval is set, so Enhanced Monitoring is off',
    );
  },
});
