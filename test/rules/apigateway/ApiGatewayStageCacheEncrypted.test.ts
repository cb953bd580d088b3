import { ApiGatewayStageCacheEncrypted as rule } from '../../../rules/apigateway/ApiGatewayStageCacheEncrypted';
import { PARAM, statusOf } from '../harness';
import { restApi } from './api-fixture';

const setting = (caching: unknown, encrypted?: unknown) => ({
  ResourcePath: '/*',
  HttpMethod: '*',
  CachingEnabled: caching,
  ...(encrypted !== undefined ? { CacheDataEncrypted: encrypted } : {}),
});

describe('ApiGatewayStageCacheEncrypted', () => {
  it('passes an encrypted cache', () =>
    expect(statusOf(rule, 'Stage', restApi({ CacheClusterEnabled: true, MethodSettings: [setting(true, true)] }))).toBe(
      'COMPLIANT',
    ));
  it('is not applicable when nothing is cached', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [setting(false)] }))).toBe('NOT_APPLICABLE'));
  it('fails a cache without encryption', () =>
    expect(statusOf(rule, 'Stage', restApi({ CacheClusterEnabled: true, MethodSettings: [setting(true)] }))).toBe(
      'NON_COMPLIANT',
    ));
  it('fails a cache with encryption off', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [setting(true, false)] }))).toBe('NON_COMPLIANT'));
  it('needs review when encryption is a parameter', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [setting(true, PARAM)] }))).toBe('INSUFFICIENT_DATA'));
});
