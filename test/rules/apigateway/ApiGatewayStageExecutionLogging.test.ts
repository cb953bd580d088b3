import { ApiGatewayStageExecutionLogging as rule } from '../../../rules/apigateway/ApiGatewayStageExecutionLogging';
import { PARAM, resultOf, statusOf } from '../harness';
import { restApi } from './api-fixture';

const all = (level?: unknown) => ({
  ResourcePath: '/*',
  HttpMethod: '*',
  ...(level !== undefined ? { LoggingLevel: level } : {}),
});

describe('ApiGatewayStageExecutionLogging', () => {
  it('passes with stage-wide INFO logging', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [all('INFO')] }))).toBe('COMPLIANT'));
  it('passes when a method override inherits the stage-wide level', () => {
    expect(
      statusOf(
        rule,
        'Stage',
        restApi({ MethodSettings: [all('ERROR'), { ResourcePath: '/~1items', HttpMethod: 'GET', ThrottlingRateLimit: 10 }] }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails without MethodSettings', () => expect(statusOf(rule, 'Stage', restApi({}))).toBe('NON_COMPLIANT'));
  it('fails when logging is OFF', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [all('OFF')] }))).toBe('NON_COMPLIANT'));
  it('fails when a method override turns logging off', () => {
    const r = resultOf(
      rule,
      'Stage',
      restApi({ MethodSettings: [all('INFO'), { ResourcePath: '/~1x', HttpMethod: 'POST', LoggingLevel: 'OFF' }] }),
    );
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('POST /~1x logs at OFF');
  });
  it('fails when the only setting has no level', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [{ ResourcePath: '/', HttpMethod: 'GET' }] }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the level is a parameter', () =>
    expect(statusOf(rule, 'Stage', restApi({ MethodSettings: [all(PARAM)] }))).toBe('INSUFFICIENT_DATA'));
});
