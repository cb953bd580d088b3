import { ApiGatewayMethodAuthorization as rule } from '../../../rules/apigateway/ApiGatewayMethodAuthorization';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const method = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { M: { Type: 'AWS::ApiGateway::Method', Properties: { RestApiId: 'a', ResourceId: 'r', ...props } } },
  });

describe('ApiGatewayMethodAuthorization', () => {
  it('passes IAM authorisation', () =>
    expect(statusOf(rule, 'M', method({ HttpMethod: 'GET', AuthorizationType: 'AWS_IAM' }))).toBe('COMPLIANT'));
  it('passes an unauthenticated OPTIONS method', () =>
    expect(statusOf(rule, 'M', method({ HttpMethod: 'OPTIONS', AuthorizationType: 'NONE' }))).toBe('COMPLIANT'));
  it('fails AuthorizationType NONE', () =>
    expect(statusOf(rule, 'M', method({ HttpMethod: 'POST', AuthorizationType: 'NONE' }))).toBe('NON_COMPLIANT'));
  it('fails when AuthorizationType is absent', () =>
    expect(statusOf(rule, 'M', method({ HttpMethod: 'POST', ApiKeyRequired: true }))).toBe('NON_COMPLIANT'));
  it('needs review when the type is a parameter', () =>
    expect(statusOf(rule, 'M', method({ HttpMethod: 'GET', AuthorizationType: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
