import { Maybe, Tri, asString, isSet, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { hasWebAclAssociation } from '../wafv2/association';
import { restApiOf } from './rest-api';
import { STAGE, endpointTypesOfItem } from './stage';

interface Facts {
  /** EndpointConfiguration.Types of the stage's REST API (EDGE when absent). */
  readonly endpointTypes: Array<Maybe<string>> | Unknown;
  /** Whether a WAF web ACL association names this stage; read only for public APIs. */
  readonly webAcl?: Tri;
}

export const ApiGatewayStageWafAssociated = defineRule<Facts>({
  id: 'ApiGatewayStageWafAssociated',
  title: 'Public REST API stages are protected by a WAF web ACL',
  description:
    'A public REST API without a web ACL takes every request to its integrations; Internet First expects context-based (layer 7) access control at the boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'API_GW_ASSOCIATED_WITH_WAF',
  remediation:
    'Associate a regional WAFv2 web ACL with the stage (AWS::WAFv2::WebACLAssociation with ResourceArn arn:aws:apigateway:<region>::/restapis/<api>/stages/<stage>; CDK: api.deploymentStage.stageArn).',
  template: {
    resourceTypes: [STAGE],
    facts(stage, { index }) {
      const api = restApiOf(stage, index);
      if (isUnknown(api)) return { endpointTypes: api };
      const types = listOf(api.get('EndpointConfiguration.Types'));
      const endpointTypes = isUnknown(types) ? types : types.length ? types.map(asString) : ['EDGE'];
      if (!isUnknown(endpointTypes) && endpointTypes.includes('PRIVATE')) return { endpointTypes };
      const stageName = stage.get('StageName');
      const literalArn = typeof stageName === 'string' ? `/restapis/\${${api.logicalId}}/stages/${stageName}` : undefined;
      return {
        endpointTypes,
        webAcl: hasWebAclAssociation(stage, index, (text) => literalArn !== undefined && text.endsWith(literalArn)),
      };
    },
  },
  configItem: {
    resourceTypes: [STAGE],
    looksUp: ['AWS::ApiGateway::RestApi'],
    facts(item, scope) {
      const endpointTypes = endpointTypesOfItem(item, scope);
      if (!isUnknown(endpointTypes) && endpointTypes.includes('PRIVATE')) return { endpointTypes };
      // GetStage names the stage's web ACL in webAclArn, and leaves it out when there is none.
      return { endpointTypes, webAcl: isSet(item.configuration.webAclArn) };
    },
  },
  evaluate({ endpointTypes, webAcl }) {
    if (isUnknown(endpointTypes)) return needsReview(`the API’s endpoint type is not known: ${endpointTypes.reason}`);
    if (endpointTypes.includes('PRIVATE')) return notApplicable('the API is private to VPC endpoints');
    const undecidedType = endpointTypes.find(isUnknown);
    if (undecidedType) return needsReview(`the API’s endpoint type is not known: ${undecidedType.reason}`);
    if (isUnknown(webAcl)) return needsReview(`whether a web ACL is associated is not known: ${webAcl.reason}`);
    return webAcl ? pass('a WAF web ACL is associated') : fail('no WAF web ACL is associated with this public API stage');
  },
});
