import { Tri, or } from '../../lib/engine/facts';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { ITEM_TYPE, OPENSEARCH, itemValue, logOption } from './domain';

export interface LogsFacts {
  /** Whether any log type (error, slow, audit) is published to a log group. */
  readonly publishing: Tri;
}

/** AWS Config counts any one enabled log type as logging to CloudWatch. */
export function domainLogsRule(id: string, type: string, configRule: string): Rule<LogsFacts> {
  return defineRule<LogsFacts>({
    id,
    title: 'Search domains publish logs to CloudWatch Logs',
    description:
      'Error and slow logs are the only record of what a domain did when it failed or was abused; without publishing they stay inside the service.',
    severity: 'warning',
    controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
    configRule,
    remediation:
      'Set LogPublishingOptions.ES_APPLICATION_LOGS { Enabled: true, CloudWatchLogsLogGroupArn } and, as needed, the slow and audit logs (CDK: logging: { appLogEnabled: true }).',
    template: {
      resourceTypes: [type],
      // Templates use CloudFormation's names for either type, as OpenSearch items do.
      facts: (domain) => ({ publishing: publishes(domain.get('LogPublishingOptions'), OPENSEARCH) }),
    },
    configItem: {
      resourceTypes: [ITEM_TYPE[type]],
      // The service leaves out log publishing options on a domain that publishes nothing.
      facts: ({ configuration }) => ({ publishing: publishes(itemValue(configuration, type, 'LogPublishingOptions'), type) }),
    },
    evaluate({ publishing }) {
      if (isUnknown(publishing)) return needsReview(`which logs the domain publishes is not known: ${publishing.reason}`);
      return publishing
        ? pass('the domain publishes logs to CloudWatch Logs')
        : fail('no log type is published to a CloudWatch Logs group');
    },
  });
}

/** Whether any log type of the options is enabled with a log group. */
function publishes(options: unknown, type: string): Tri {
  if (isUnknown(options)) return options;
  if (!options || typeof options !== 'object') return false;
  return or(
    ...Object.values(options as Record<string, unknown>).map((value) => {
      const { enabled, destination } = logOption(value, type);
      if (enabled === false || enabled === undefined) return false;
      if (destination === false) return false;
      return isUnknown(enabled) ? enabled : destination;
    }),
  );
}
