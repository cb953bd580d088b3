import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { MethodSetting, STAGE, methodSettings, methodSettingsOfItem } from './stage';

const LOGGED = ['ERROR', 'INFO'];

interface Setting {
  readonly path: Maybe<string>;
  readonly method: Maybe<string>;
  readonly level: Maybe<string>;
}

interface Facts {
  readonly settings: Setting[] | Unknown;
}

const levels = (settings: MethodSetting[] | Unknown): Setting[] | Unknown =>
  isUnknown(settings)
    ? settings
    : settings.map((s) => ({ path: s.path, method: s.method, level: asString(s.get('LoggingLevel')) }));

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
  template: { resourceTypes: [STAGE], facts: (stage) => ({ settings: levels(methodSettings(stage)) }) },
  configItem: { resourceTypes: [STAGE], facts: (item) => ({ settings: levels(methodSettingsOfItem(item)) }) },
  evaluate({ settings }) {
    if (isUnknown(settings)) return needsReview(`the method settings are not known: ${settings.reason}`);
    if (settings.length === 0) return fail('no method setting sets a logging level, so execution logging is off');
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
      if (!LOGGED.includes(level ?? '')) {
        problems.push(`${String(s.method)} ${String(s.path)} logs at ${level ?? 'no level (OFF)'}`);
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a logging level is not known: ${undecided.reason}`);
    return pass('execution logging is on for every method setting');
  },
});
