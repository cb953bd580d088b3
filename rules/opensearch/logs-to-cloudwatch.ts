import { Tri, or } from '../../lib/engine/facts';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { logOption } from './domain';

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
      facts: (domain) => ({ publishing: publishes(domain) }),
    },
    evaluate({ publishing }) {
      if (isUnknown(publishing)) return needsReview(`LogPublishingOptions is not known: ${publishing.reason}`);
      return publishing
        ? pass('the domain publishes logs to CloudWatch Logs')
        : fail('no log type in LogPublishingOptions is enabled with a log group');
    },
  });
}

function publishes(domain: TemplateResource): boolean | Unknown {
  const options = domain.get('LogPublishingOptions');
  if (isUnknown(options)) return options;
  if (!options || typeof options !== 'object') return false;
  return or(
    ...Object.values(options as Record<string, unknown>).map((value) => {
      const { enabled, destination } = logOption(value);
      if (enabled === false || enabled === undefined) return false;
      if (destination === false) return false;
      return isUnknown(enabled) ? enabled : destination;
    }),
  );
}
