import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly destinationSet: Tri;
  readonly formatSet: Tri;
  /** Properties holding a value that cannot be a log destination or format (a number, say). */
  readonly invalid: string[];
}

export const ApiGatewayV2StageAccessLogs = defineRule<Facts>({
  id: 'ApiGatewayV2StageAccessLogs',
  title: 'HTTP and WebSocket API stages write access logs',
  description:
    'Access logs record who called the API and with what result; without them abuse of an internet-facing API cannot be detected or investigated.',
  severity: 'error',
  controls: { ncscCsp: ['13', '5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'API_GWV2_ACCESS_LOGS_ENABLED',
  remediation:
    'Set AccessLogSettings.DestinationArn to a CloudWatch log group ARN and AccessLogSettings.Format (CDK: accessLogSettings on the stage).',
  template: {
    resourceTypes: ['AWS::ApiGatewayV2::Stage'],
    facts(stage) {
      const invalid = ['DestinationArn', 'Format'].filter((p) => {
        const v = stage.get(`AccessLogSettings.${p}`);
        return typeof v === 'number' || typeof v === 'boolean';
      });
      return {
        destinationSet: hasProperty(stage, 'AccessLogSettings.DestinationArn'),
        formatSet: hasProperty(stage, 'AccessLogSettings.Format'),
        invalid,
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::ApiGatewayV2::Stage'],
    // GetStage leaves accessLogSettings out when access logging is off, so its absence is recorded, not unknown.
    facts(item) {
      const settings = item.configuration.accessLogSettings as Record<string, unknown> | null | undefined;
      return {
        destinationSet: isSet(settings?.destinationArn),
        formatSet: isSet(settings?.format),
        invalid: [],
      };
    },
  },
  evaluate({ destinationSet, formatSet, invalid }) {
    if (invalid.length) return fail(`the access log ${invalid.join(' and ').toLowerCase()} is not a valid value`);
    if (destinationSet === false) return fail('no access log destination is set, so access logging is off');
    if (formatSet === false) return fail('no access log format is set');
    const undecided = [destinationSet, formatSet].find(isUnknown);
    if (undecided) return needsReview(`access log settings are not known: ${undecided.reason}`);
    return pass('access logs are written');
  },
});
