import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

const LOGGED = ['ERROR', 'INFO'];

interface Setting {
  readonly path: unknown;
  readonly method: unknown;
  readonly level: unknown;
}

interface Facts {
  readonly settings: Setting[] | Unknown;
}

export const ApiGatewayStageExecutionLogging = defineRule<Facts>({
  id: 'ApiGatewayStageExecutionLogging',
  title: 'REST API stages log execution at ERROR or INFO level',
  description:
    'Execution logs record authoriser decisions, throttling and integration errors for every request; without them abuse of an internet-facing API leaves no trace.',
  severity: 'error',
  controls: { ncscCsp: ['13', '5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'API_GW_EXECUTION_LOGGING_ENABLED',
  remediation:
    'Add a MethodSettings entry with ResourcePath "/*", HttpMethod "*" and LoggingLevel INFO or ERROR, and no method override that turns it OFF (CDK: deployOptions.loggingLevel).',
  template: {
    resourceTypes: ['AWS::ApiGateway::Stage'],
    facts(stage) {
      const settings = listOf(stage.get('MethodSettings'));
      if (isUnknown(settings)) return { settings };
      return {
        settings: settings.map((s) => ({
          path: field(s, 'ResourcePath'),
          method: field(s, 'HttpMethod'),
          level: field(s, 'LoggingLevel'),
        })),
      };
    },
  },
  evaluate({ settings }) {
    if (isUnknown(settings)) return needsReview(`MethodSettings is not known: ${settings.reason}`);
    if (settings.length === 0) return fail('no MethodSettings set a logging level, so execution logging is off');
    // The "/*" "*" entry is the stage-wide default; a method entry without its own level inherits it.
    const stageWide = settings.find((s) => s.path === '/*' && s.method === '*');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const s of settings) {
      const level = s.level ?? (s === stageWide ? undefined : stageWide?.level);
      if (isUnknown(level)) {
        undecided ??= level;
        continue;
      }
      if (!LOGGED.includes(String(level))) {
        problems.push(`${String(s.method)} ${String(s.path)} logs at ${level === undefined ? 'no level (OFF)' : String(level)}`);
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a logging level is not known: ${undecided.reason}`);
    return pass('execution logging is on for every method setting');
  },
});
