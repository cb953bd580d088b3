import { NetworkFirewallLogsAlertAndFlow as rule } from '../../../rules/networkfirewall/NetworkFirewallLogsAlertAndFlow';
import { PARAM, resultOf, statusOf } from '../harness';
import { firewall } from './firewall-fixture';

describe('NetworkFirewallLogsAlertAndFlow', () => {
  const logging = (...types: unknown[]) => ({
    Logs: {
      Type: 'AWS::NetworkFirewall::LoggingConfiguration',
      Properties: {
        FirewallArn: { Ref: 'F' },
        LoggingConfiguration: {
          LogDestinationConfigs: types.map((t) => ({
            LogType: t,
            LogDestinationType: 'CloudWatchLogs',
            LogDestination: { logGroup: 'g' },
          })),
        },
      },
    },
  });
  it('passes with alert and flow logs', () =>
    expect(statusOf(rule, 'F', firewall({}, logging('ALERT', 'FLOW')))).toBe('COMPLIANT'));
  it('fails without a logging configuration', () => expect(statusOf(rule, 'F', firewall({}))).toBe('NON_COMPLIANT'));
  it('fails with alert logs only', () => {
    const r = resultOf(rule, 'F', firewall({}, logging('ALERT')));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('FLOW logs are not delivered');
  });
  it('needs review when a log type is a parameter', () =>
    expect(statusOf(rule, 'F', firewall({}, logging('ALERT', PARAM)))).toBe('INSUFFICIENT_DATA'));
});
