import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { MethodSetting, STAGE, methodSettings, methodSettingsOfItem } from './stage';

interface Setting {
  readonly method: string;
  readonly caching: Maybe<boolean>;
  readonly encrypted: Maybe<boolean>;
}

interface Facts {
  readonly cacheCluster: Maybe<boolean>;
  readonly settings: Setting[] | Unknown;
}

const caches = (settings: MethodSetting[] | Unknown): Setting[] | Unknown =>
  isUnknown(settings)
    ? settings
    : settings.map((s) => ({
        method: `${String(s.method)} ${String(s.path)}`,
        caching: asBoolean(s.get('CachingEnabled')),
        encrypted: asBoolean(s.get('CacheDataEncrypted')),
      }));

/*
 * AWS Config's api-gw-cache-enabled-and-encrypted also fails stages that do not
 * cache at all. Caching is a performance choice, so this rule asks only that a
 * cache, where there is one, is encrypted; it therefore names no Config rule.
 */
export const ApiGatewayStageCacheEncrypted = defineRule<Facts>({
  id: 'ApiGatewayStageCacheEncrypted',
  title: 'REST API response caches are encrypted',
  description: 'Cached responses can hold personal data; an unencrypted stage cache stores them in clear on the cache cluster.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation:
    'Set CacheDataEncrypted: true in every MethodSettings entry that enables caching (CDK: deployOptions.cacheDataEncrypted: true).',
  template: {
    resourceTypes: [STAGE],
    facts: (stage) => ({ cacheCluster: asBoolean(stage.get('CacheClusterEnabled')), settings: caches(methodSettings(stage)) }),
  },
  configItem: {
    resourceTypes: [STAGE],
    facts: (item) => ({
      cacheCluster: asBoolean(recorded(item.configuration, 'cacheClusterEnabled')),
      settings: caches(methodSettingsOfItem(item)),
    }),
  },
  evaluate({ cacheCluster, settings }) {
    if (isUnknown(settings)) return needsReview(`the method settings are not known: ${settings.reason}`);
    const caching = settings.filter((s) => s.caching !== false && s.caching !== undefined);
    if (caching.length === 0) {
      if (isUnknown(cacheCluster)) return needsReview(`whether the stage has a cache is not known: ${cacheCluster.reason}`);
      return notApplicable('no method caches responses');
    }
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const s of caching) {
      if (isUnknown(s.caching)) undecided ??= s.caching;
      else if (isUnknown(s.encrypted)) undecided ??= s.encrypted;
      else if (!s.encrypted) problems.push(`${s.method} caches responses unencrypted`);
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`cache settings are not known: ${undecided.reason}`);
    return pass('every cached method is encrypted');
  },
});
