import { ApiGatewayV2RouteAuthorization as rule } from '../../../rules/apigateway/ApiGatewayV2RouteAuthorization';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const route = (protocol: string, props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } },
      R: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, ...props } },
    },
  });

describe('ApiGatewayV2RouteAuthorization', () => {
  it('passes a JWT-authorised HTTP route', () =>
    expect(statusOf(rule, 'R', route('HTTP', { RouteKey: 'GET /items', AuthorizationType: 'JWT' }))).toBe('COMPLIANT'));
  it('passes an OPTIONS route', () =>
    expect(statusOf(rule, 'R', route('HTTP', { RouteKey: 'OPTIONS /items' }))).toBe('COMPLIANT'));
  it('is not applicable to a WebSocket message route', () =>
    expect(statusOf(rule, 'R', route('WEBSOCKET', { RouteKey: 'sendMessage' }))).toBe('NOT_APPLICABLE'));
  it('fails an HTTP route without authorisation', () =>
    expect(statusOf(rule, 'R', route('HTTP', { RouteKey: 'POST /items' }))).toBe('NON_COMPLIANT'));
  it('fails a WebSocket $connect route with NONE', () =>
    expect(statusOf(rule, 'R', route('WEBSOCKET', { RouteKey: '$connect', AuthorizationType: 'NONE' }))).toBe('NON_COMPLIANT'));
  it('needs review when the type is a parameter', () =>
    expect(statusOf(rule, 'R', route('HTTP', { RouteKey: 'GET /x', AuthorizationType: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
