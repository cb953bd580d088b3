import { asBoolean, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Setting {
  readonly method: string;
  readonly caching: unknown;
  readonly encrypted: unknown;
}

interface Facts {
  readonly cacheCluster: unknown;
  readonly settings: Setting[] | Unknown;
}

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
    resourceTypes: ['AWS::ApiGateway::Stage'],
    facts(stage) {
      const settings = listOf(stage.get('MethodSettings'));
      if (isUnknown(settings)) return { cacheCluster: stage.get('CacheClusterEnabled'), settings };
      return {
        cacheCluster: stage.get('CacheClusterEnabled'),
        settings: settings.map((s) => ({
          method: `${String(field(s, 'HttpMethod'))} ${String(field(s, 'ResourcePath'))}`,
          caching: field(s, 'CachingEnabled'),
          encrypted: field(s, 'CacheDataEncrypted'),
        })),
      };
    },
  },
  evaluate({ cacheCluster, settings }) {
    if (isUnknown(settings)) return needsReview(`MethodSettings is not known: ${settings.reason}`);
    const caching = settings.filter((s) => asBoolean(s.caching) !== false && s.caching !== undefined);
    const cluster = asBoolean(cacheCluster);
    if (caching.length === 0) {
      if (isUnknown(cluster)) return needsReview(`CacheClusterEnabled is not known: ${cluster.reason}`);
      return notApplicable('no method caches responses');
    }
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const s of caching) {
      const on = asBoolean(s.caching);
      const encrypted = asBoolean(s.encrypted);
      if (isUnknown(on)) undecided ??= on;
      else if (isUnknown(encrypted)) undecided ??= encrypted;
      else if (!encrypted) problems.push(`${s.method} caches without CacheDataEncrypted`);
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`cache settings are not known: ${undecided.reason}`);
    return pass('every cached method is encrypted');
  },
});
