import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

const REQUIRED = ['ALERT', 'FLOW'];

interface Facts {
  /** LogType of every destination in the firewall's logging configurations. */
  readonly logTypes: Array<Maybe<string>> | Unknown;
}

export const NetworkFirewallLogsAlertAndFlow = defineRule<Facts>({
  id: 'NetworkFirewallLogsAlertAndFlow',
  title: 'Network Firewalls deliver alert and flow logs',
  description:
    'Alert logs are the record of what the stateful rules caught and flow logs of everything that crossed the boundary; Internet First expects anomalous traffic to be detected and reported, which needs both.',
  severity: 'error',
  controls: { ncscCsp: ['5.2', '13'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-1', 'IF-2'] },
  configRule: 'NETFW_LOGGING_ENABLED',
  remediation:
    'Add an AWS::NetworkFirewall::LoggingConfiguration for the firewall with LogDestinationConfigs for LogType ALERT and FLOW (to CloudWatch Logs or S3).',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts(firewall, { index }) {
      const logTypes: Array<Maybe<string>> = [];
      for (const config of index.referrers(firewall, 'AWS::NetworkFirewall::LoggingConfiguration', 'FirewallArn')) {
        const exists = index.exists(config);
        if (exists === false) continue;
        if (isUnknown(exists)) return { logTypes: exists };
        const destinations = listOf(config.get('LoggingConfiguration.LogDestinationConfigs'));
        if (isUnknown(destinations)) return { logTypes: destinations };
        logTypes.push(...destinations.map((d) => asString(field(d, 'LogType'))));
      }
      return { logTypes };
    },
  },
  evaluate({ logTypes }) {
    if (isUnknown(logTypes)) return needsReview(`the logging configuration is not known: ${logTypes.reason}`);
    const missing = REQUIRED.filter((t) => !logTypes.includes(t));
    if (missing.length === 0) return pass('alert and flow logs are delivered', logTypes.filter(isUnknown));
    const undecided = logTypes.find(isUnknown) as Unknown | undefined;
    if (undecided) return needsReview(`a log type is not known: ${undecided.reason}`);
    if (logTypes.length === 0) return fail('no logging configuration is attached to the firewall');
    return fail(`${missing.join(' and ')} logs are not delivered`);
  },
});
