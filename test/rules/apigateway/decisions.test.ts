import { ApiGatewayDomainTls12 } from '../../../rules/apigateway/ApiGatewayDomainTls12';
import { ApiGatewayMethodAuthorization } from '../../../rules/apigateway/ApiGatewayMethodAuthorization';
import { ApiGatewayStageCacheEncrypted } from '../../../rules/apigateway/ApiGatewayStageCacheEncrypted';
import { ApiGatewayStageClientCertificate } from '../../../rules/apigateway/ApiGatewayStageClientCertificate';
import { ApiGatewayStageExecutionLogging } from '../../../rules/apigateway/ApiGatewayStageExecutionLogging';
import { ApiGatewayStageWafAssociated } from '../../../rules/apigateway/ApiGatewayStageWafAssociated';
import { ApiGatewayV2RouteAuthorization } from '../../../rules/apigateway/ApiGatewayV2RouteAuthorization';
import { ApiGatewayV2StageAccessLogs } from '../../../rules/apigateway/ApiGatewayV2StageAccessLogs';
import { U, decisionTables } from '../decision-table';

const all = (level: unknown) => ({ path: '/*', method: '*', level });
const cache = (caching: unknown, encrypted: unknown) => ({ method: 'GET /', caching, encrypted });

decisionTables([
  [
    ApiGatewayStageExecutionLogging,
    [
      ['INFO stage-wide', { settings: [all('INFO')] }, 'COMPLIANT'],
      [
        'ERROR stage-wide, a method inheriting it',
        { settings: [all('ERROR'), { path: '/a', method: 'GET', level: undefined }] },
        'COMPLIANT',
      ],
      ['OFF stage-wide', { settings: [all('OFF')] }, 'NON_COMPLIANT'],
      ['a method turns it off', { settings: [all('INFO'), { path: '/a', method: 'GET', level: 'OFF' }] }, 'NON_COMPLIANT'],
      ['no settings', { settings: [] }, 'NON_COMPLIANT'],
      ['an unknown level', { settings: [all(U)] }, 'INSUFFICIENT_DATA'],
      ['unknown settings', { settings: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayStageCacheEncrypted,
    [
      ['cached and encrypted', { cacheCluster: true, settings: [cache(true, true)] }, 'COMPLIANT'],
      ['cached unencrypted', { cacheCluster: true, settings: [cache(true, false)] }, 'NON_COMPLIANT'],
      ['cached, encryption not set', { cacheCluster: true, settings: [cache(true, undefined)] }, 'NON_COMPLIANT'],
      ['no caching', { cacheCluster: false, settings: [cache(false, false)] }, 'NOT_APPLICABLE'],
      ['cached, encryption unknown', { cacheCluster: true, settings: [cache(true, U)] }, 'INSUFFICIENT_DATA'],
      ['no method caches, cluster unknown', { cacheCluster: U, settings: [] }, 'INSUFFICIENT_DATA'],
      ['unknown settings', { cacheCluster: true, settings: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayStageClientCertificate,
    [
      ['set', { clientCertificate: true }, 'COMPLIANT'],
      ['not set', { clientCertificate: false }, 'NON_COMPLIANT'],
      ['unknown', { clientCertificate: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayStageWafAssociated,
    [
      ['regional with a web ACL', { endpointTypes: ['REGIONAL'], webAcl: true }, 'COMPLIANT'],
      ['edge without', { endpointTypes: ['EDGE'], webAcl: false }, 'NON_COMPLIANT'],
      ['private', { endpointTypes: ['PRIVATE'] }, 'NOT_APPLICABLE'],
      ['association unknown', { endpointTypes: ['REGIONAL'], webAcl: U }, 'INSUFFICIENT_DATA'],
      ['endpoint type unknown', { endpointTypes: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayV2StageAccessLogs,
    [
      ['destination and format', { destinationSet: true, formatSet: true, invalid: [] }, 'COMPLIANT'],
      ['no destination', { destinationSet: false, formatSet: true, invalid: [] }, 'NON_COMPLIANT'],
      ['no format', { destinationSet: true, formatSet: false, invalid: [] }, 'NON_COMPLIANT'],
      ['an invalid value', { destinationSet: true, formatSet: true, invalid: ['Format'] }, 'NON_COMPLIANT'],
      ['destination unknown', { destinationSet: U, formatSet: true, invalid: [] }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayMethodAuthorization,
    [
      ['IAM', { httpMethod: 'GET', authorizationType: 'AWS_IAM' }, 'COMPLIANT'],
      ['OPTIONS without authorisation', { httpMethod: 'OPTIONS', authorizationType: 'NONE' }, 'COMPLIANT'],
      ['NONE', { httpMethod: 'POST', authorizationType: 'NONE' }, 'NON_COMPLIANT'],
      ['not set', { httpMethod: 'GET', authorizationType: undefined }, 'NON_COMPLIANT'],
      ['unknown type', { httpMethod: 'GET', authorizationType: U }, 'INSUFFICIENT_DATA'],
      ['unknown method', { httpMethod: U, authorizationType: 'AWS_IAM' }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayV2RouteAuthorization,
    [
      ['HTTP route with JWT', { routeKey: 'GET /a', authorizationType: 'JWT', protocol: 'HTTP' }, 'COMPLIANT'],
      ['HTTP route without', { routeKey: 'GET /a', authorizationType: 'NONE', protocol: 'HTTP' }, 'NON_COMPLIANT'],
      [
        'WebSocket $connect without',
        { routeKey: '$connect', authorizationType: undefined, protocol: 'WEBSOCKET' },
        'NON_COMPLIANT',
      ],
      ['WebSocket message route', { routeKey: 'send', authorizationType: undefined, protocol: 'WEBSOCKET' }, 'NOT_APPLICABLE'],
      ['$default of an unknown API', { routeKey: '$default', authorizationType: 'NONE', protocol: U }, 'INSUFFICIENT_DATA'],
      ['unknown route key', { routeKey: U, authorizationType: 'JWT', protocol: 'HTTP' }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ApiGatewayDomainTls12,
    [
      ['TLS_1_2', { policies: ['TLS_1_2'] }, 'COMPLIANT'],
      ['an enhanced TLS 1.3 policy', { policies: ['SecurityPolicy_TLS13_1_3_2025_09'] }, 'COMPLIANT'],
      ['TLS_1_0', { policies: ['TLS_1_0'] }, 'NON_COMPLIANT'],
      ['not set', { policies: [undefined] }, 'NON_COMPLIANT'],
      ['unknown', { policies: [U] }, 'INSUFFICIENT_DATA'],
      ['unknown configurations', { policies: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
