import { Rule } from '../../lib/engine/rule';
import { ApiGatewayDomainTls12 } from './ApiGatewayDomainTls12';
import { ApiGatewayMethodAuthorization } from './ApiGatewayMethodAuthorization';
import { ApiGatewayStageCacheEncrypted } from './ApiGatewayStageCacheEncrypted';
import { ApiGatewayStageClientCertificate } from './ApiGatewayStageClientCertificate';
import { ApiGatewayStageExecutionLogging } from './ApiGatewayStageExecutionLogging';
import { ApiGatewayStageWafAssociated } from './ApiGatewayStageWafAssociated';
import { ApiGatewayV2RouteAuthorization } from './ApiGatewayV2RouteAuthorization';
import { ApiGatewayV2StageAccessLogs } from './ApiGatewayV2StageAccessLogs';

export const rules: Rule[] = [
  ApiGatewayStageExecutionLogging,
  ApiGatewayStageWafAssociated,
  ApiGatewayStageClientCertificate,
  ApiGatewayMethodAuthorization,
  ApiGatewayV2RouteAuthorization,
  ApiGatewayV2StageAccessLogs,
  ApiGatewayDomainTls12,
  ApiGatewayStageCacheEncrypted,
];
