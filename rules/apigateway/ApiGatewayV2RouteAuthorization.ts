import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly routeKey: Maybe<string>;
  readonly authorizationType: Maybe<string>;
  /** Protocol type of the route's API (HTTP or WEBSOCKET). */
  readonly protocol: Maybe<string>;
}

export const ApiGatewayV2RouteAuthorization = defineRule<Facts>({
  id: 'ApiGatewayV2RouteAuthorization',
  title: 'HTTP API routes and WebSocket $connect routes require authorisation',
  description:
    'A route with AuthorizationType NONE can be called by anyone on the internet; identity should be established (IAM, JWT or a Lambda authoriser) before a request reaches the integration.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '11', '14.1'],
    tenSteps: ['identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'API_GWV2_AUTHORIZATION_TYPE_CONFIGURED',
  remediation:
    'Set AuthorizationType to AWS_IAM, JWT or CUSTOM with an AuthorizerId (CDK: defaultAuthorizer on the HttpApi, or authorizer on the route).',
  template: {
    resourceTypes: ['AWS::ApiGatewayV2::Route'],
    facts(route, { index }) {
      const api = index.target(route.get('ApiId'));
      const protocol =
        api?.type === 'AWS::ApiGatewayV2::Api'
          ? asString(api.get('ProtocolType'))
          : new Unknown(`the API of ${route.logicalId} is not defined in this template`);
      return {
        routeKey: asString(route.get('RouteKey')),
        authorizationType: asString(route.get('AuthorizationType')),
        protocol,
      };
    },
  },
  evaluate({ routeKey, authorizationType, protocol }) {
    if (isUnknown(routeKey)) return needsReview(`the route key is not known: ${routeKey.reason}`);
    const key = routeKey ?? '';
    // WebSocket APIs authorise once, on $connect; other routes cannot take an authoriser.
    const websocket = protocol === 'WEBSOCKET' || (isUnknown(protocol) && key.startsWith('$') && key !== '$default');
    if (websocket && key !== '$connect') return notApplicable('only the $connect route of a WebSocket API takes an authoriser');
    if (!websocket && isUnknown(protocol) && key === '$default')
      return needsReview(`whether this is an HTTP or WebSocket API is not known: ${protocol.reason}`);
    if (/^OPTIONS\s/i.test(key)) return pass('OPTIONS (CORS preflight) needs no authorisation');
    if (isUnknown(authorizationType)) return needsReview(`the authorisation type is not known: ${authorizationType.reason}`);
    if (authorizationType === undefined || authorizationType === 'NONE') {
      return fail(`route ${key} requires no authorisation${authorizationType === undefined ? ' (the default)' : ''}`);
    }
    return pass(`route ${key} requires ${String(authorizationType)} authorisation`);
  },
});
