import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly httpMethod: Maybe<string>;
  readonly authorizationType: Maybe<string>;
}

export const ApiGatewayMethodAuthorization = defineRule<Facts>({
  id: 'ApiGatewayMethodAuthorization',
  title: 'REST API methods require authorisation',
  description:
    'A method with AuthorizationType NONE can be called by anyone on the internet; identity should be established (IAM, Cognito or a Lambda authoriser) before a request reaches the integration.',
  severity: 'error',
  controls: {
    ncscCsp: ['10', '11', '14.1'],
    tenSteps: ['identity-and-access-management'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set AuthorizationType to AWS_IAM, COGNITO_USER_POOLS or CUSTOM with an AuthorizerId (CDK: defaultMethodOptions.authorizer); an API key alone is not authorisation.',
  template: {
    resourceTypes: ['AWS::ApiGateway::Method'],
    facts: (method) => ({
      httpMethod: asString(method.get('HttpMethod')),
      authorizationType: asString(method.get('AuthorizationType')),
    }),
  },
  evaluate({ httpMethod, authorizationType }) {
    if (isUnknown(httpMethod)) return needsReview(`the HTTP method is not known: ${httpMethod.reason}`);
    // CORS preflight requests carry no credentials, so OPTIONS methods are left open by design.
    if (String(httpMethod).toUpperCase() === 'OPTIONS') return pass('OPTIONS (CORS preflight) needs no authorisation');
    if (isUnknown(authorizationType)) return needsReview(`the authorisation type is not known: ${authorizationType.reason}`);
    if (authorizationType === undefined || authorizationType === 'NONE') {
      return fail(`${String(httpMethod)} requires no authorisation${authorizationType === undefined ? ' (the default)' : ''}`);
    }
    return pass(`${String(httpMethod)} requires ${String(authorizationType)} authorisation`);
  },
});
