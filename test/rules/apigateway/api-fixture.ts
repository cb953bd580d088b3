import { PARAM, PARAMETERS, template } from '../harness';

export const restApi = (stage: Record<string, unknown>, extra: Record<string, unknown> = {}, api: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'x'] } },
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api', ...api } },
      Stage: {
        Type: 'AWS::ApiGateway::Stage',
        Properties: { RestApiId: { Ref: 'Api' }, StageName: 'prod', DeploymentId: 'd', ...stage },
      },
      ...extra,
    } as never,
  });
