import { Tri, or } from '../../lib/engine/facts';
import { RuleContext, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { LogGroupTarget, filtersOn } from './metric-alarms';

interface Facts {
  /** LogDestinationType of every ALERT log destination of the firewall. */
  readonly alertDestinations: readonly string[] | Unknown;
  /** Whether a CloudWatch Logs alert destination has a metric filter that an alarm watches. */
  readonly alarmed: Tri;
}

export const NetworkFirewallAlertsAlarmed = defineRule<Facts>({
  id: 'NetworkFirewallAlertsAlarmed',
  title: 'Network Firewall alerts raise an alarm',
  description:
    'Stateful rules that alert on anomalous traffic only help if someone hears them: Internet First asks for anomalous traffic to be detected and reported, so ALERT logs need an alarm, not just storage.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2', '13.2'], tenSteps: ['logging-and-monitoring', 'incident-management'], internetFirst: ['IF-2'] },
  remediation:
    'Send ALERT logs to a CloudWatch Logs group (AWS::NetworkFirewall::LoggingConfiguration, LogType ALERT, LogDestinationType CloudWatchLogs) and add an AWS::Logs::MetricFilter on that group with an AWS::CloudWatch::Alarm that has an SNS AlarmAction.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts(firewall, context) {
      const configs = context.index
        .referrers(firewall, 'AWS::NetworkFirewall::LoggingConfiguration', 'FirewallArn')
        .filter((c) => context.index.exists(c) !== false);
      const alerts: { type: unknown; logGroup: unknown }[] = [];
      for (const config of configs) {
        const destinations = config.get('LoggingConfiguration.LogDestinationConfigs');
        if (isUnknown(destinations)) return { alertDestinations: destinations, alarmed: destinations };
        for (const d of Array.isArray(destinations) ? destinations : []) {
          const { LogType: logType, LogDestinationType: type, LogDestination: target } = (d ?? {}) as Record<string, unknown>;
          if (isUnknown(logType)) return { alertDestinations: logType, alarmed: logType };
          if (logType !== 'ALERT') continue;
          if (isUnknown(type)) return { alertDestinations: type, alarmed: type };
          alerts.push({ type, logGroup: (target as Record<string, unknown> | undefined)?.logGroup });
        }
      }
      const alarmed = or(
        ...alerts.filter((a) => a.type === 'CloudWatchLogs').map((a) => hasAlarm(firewall, context, a.logGroup)),
      );
      return { alertDestinations: alerts.map((a) => String(a.type)), alarmed };
    },
  },
  evaluate({ alertDestinations, alarmed }) {
    if (isUnknown(alertDestinations))
      return needsReview(`the firewall’s logging configuration is not known: ${alertDestinations.reason}`);
    if (alertDestinations.length === 0)
      return fail('ALERT logs are not delivered anywhere, so alerts are neither kept nor reported');
    if (alarmed === true) return pass('ALERT logs reach CloudWatch Logs, where an alarm watches a metric filter on them');
    if (isUnknown(alarmed))
      return needsReview(`a metric filter or alarm on the alert log group could not be read: ${alarmed.reason}`);
    if (alertDestinations.includes('KinesisDataFirehose')) {
      return needsReview(
        'ALERT logs stream to Kinesis Data Firehose; whether the receiving system raises alerts is outside the templates',
      );
    }
    if (alertDestinations.includes('CloudWatchLogs'))
      return fail('no alarmed metric filter reads the ALERT log group, so alerts are stored but not reported');
    return fail('ALERT logs only land in S3, where no alarm sees them');
  },
});

function hasAlarm(firewall: TemplateResource, context: RuleContext, logGroup: unknown): boolean | Unknown {
  if (isUnknown(logGroup)) return logGroup;
  const group = context.index.target(logGroup);
  let target: LogGroupTarget | undefined;
  if (group?.type === 'AWS::Logs::LogGroup') target = { group };
  else if (typeof logGroup === 'string') target = { name: logGroup };
  if (!target) return false;
  const scan = filtersOn(firewall, context, target);
  if (scan.filters.some((f) => f.alarmed)) return true;
  return scan.undecided ?? false;
}
