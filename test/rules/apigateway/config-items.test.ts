import { rules } from '../../../rules/apigateway';
import { ApiGatewayStageCacheEncrypted } from '../../../rules/apigateway/ApiGatewayStageCacheEncrypted';
import { ApiGatewayStageClientCertificate } from '../../../rules/apigateway/ApiGatewayStageClientCertificate';
import { ApiGatewayStageExecutionLogging } from '../../../rules/apigateway/ApiGatewayStageExecutionLogging';
import { ApiGatewayStageWafAssociated } from '../../../rules/apigateway/ApiGatewayStageWafAssociated';
import { ApiGatewayV2StageAccessLogs } from '../../../rules/apigateway/ApiGatewayV2StageAccessLogs';
import { expectConfigAdapterOrReason } from '../adapter-coverage';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

/** A REST API stage as a template writes it and as Config records it (GetStage: methodSettings keyed `path/METHOD`). */
interface Setting {
  path: string;
  method: string;
  level?: string;
  caching?: boolean;
  encrypted?: boolean;
}
interface StageScenario {
  endpoint: string;
  settings: Setting[];
  cache?: boolean;
  certificate?: boolean;
  webAcl?: boolean;
}
const stageTemplate = (s: StageScenario) =>
  template({
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api', EndpointConfiguration: { Types: [s.endpoint] } } },
    Cert: { Type: 'AWS::ApiGateway::ClientCertificate', Properties: {} },
    Acl: {
      Type: 'AWS::WAFv2::WebACL',
      Properties: { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: {}, Rules: [] },
    },
    Stage: {
      Type: 'AWS::ApiGateway::Stage',
      Properties: {
        RestApiId: { Ref: 'Api' },
        StageName: 'prod',
        DeploymentId: 'd1',
        CacheClusterEnabled: s.cache ?? false,
        ClientCertificateId: s.certificate ? { Ref: 'Cert' } : undefined,
        MethodSettings: s.settings.map((m) => ({
          ResourcePath: m.path,
          HttpMethod: m.method,
          LoggingLevel: m.level,
          CachingEnabled: m.caching,
          CacheDataEncrypted: m.encrypted,
        })),
      },
    },
    ...(s.webAcl
      ? {
          Assoc: {
            Type: 'AWS::WAFv2::WebACLAssociation',
            Properties: {
              WebACLArn: { 'Fn::GetAtt': ['Acl', 'Arn'] },
              // The stage ARN as CDK builds it, naming the stage by reference.
              ResourceArn: {
                'Fn::Join': [
                  '',
                  ['arn:aws:apigateway:', { Ref: 'AWS::Region' }, '::/restapis/', { Ref: 'Api' }, '/stages/', { Ref: 'Stage' }],
                ],
              },
            },
          },
        }
      : {}),
  } as never);
const API_ID = 'a1b2c3';
const apiItem = (endpoint: string) =>
  configItem(
    'AWS::ApiGateway::RestApi',
    { id: API_ID, name: 'api', endpointConfiguration: { types: [endpoint] } },
    { resourceId: API_ID },
  );
const stageItem = (s: StageScenario) =>
  configItem(
    'AWS::ApiGateway::Stage',
    {
      stageName: 'prod',
      deploymentId: 'd1',
      cacheClusterEnabled: s.cache ?? false,
      ...(s.certificate ? { clientCertificateId: 'cc1' } : {}),
      ...(s.webAcl ? { webAclArn: 'arn:aws:wafv2:eu-west-2:111122223333:regional/webacl/api/1' } : {}),
      methodSettings: Object.fromEntries(
        s.settings.map((m) => [
          `${m.path === '/*' ? '*' : m.path.replace(/\//g, '~1')}/${m.method}`,
          { loggingLevel: m.level ?? 'OFF', cachingEnabled: m.caching ?? false, cacheDataEncrypted: m.encrypted ?? false },
        ]),
      ),
    },
    {
      resourceId: `arn:aws:apigateway:eu-west-2::/restapis/${API_ID}/stages/prod`,
      relationships: [
        { resourceType: 'AWS::ApiGateway::RestApi', resourceId: API_ID, relationshipName: 'Is contained in RestApi' },
      ],
    },
  );

describe('REST API stages: templates and configuration items agree', () => {
  const rulesByKey = {
    logging: ApiGatewayStageExecutionLogging,
    cache: ApiGatewayStageCacheEncrypted,
    certificate: ApiGatewayStageClientCertificate,
    waf: ApiGatewayStageWafAssociated,
  };
  const scenarios: Array<[string, StageScenario, Record<keyof typeof rulesByKey, string>]> = [
    [
      'a regional stage: INFO logging, encrypted cache, client certificate, web ACL',
      {
        endpoint: 'REGIONAL',
        cache: true,
        certificate: true,
        webAcl: true,
        settings: [{ path: '/*', method: '*', level: 'INFO', caching: true, encrypted: true }],
      },
      { logging: 'COMPLIANT', cache: 'COMPLIANT', certificate: 'COMPLIANT', waf: 'COMPLIANT' },
    ],
    [
      'an edge stage: a method turns logging off and caches unencrypted, no certificate, no web ACL',
      {
        endpoint: 'EDGE',
        cache: true,
        settings: [
          { path: '/*', method: '*', level: 'ERROR' },
          { path: '/pets/{id}', method: 'GET', level: 'OFF', caching: true, encrypted: false },
        ],
      },
      { logging: 'NON_COMPLIANT', cache: 'NON_COMPLIANT', certificate: 'NON_COMPLIANT', waf: 'NON_COMPLIANT' },
    ],
    [
      'a private stage without settings',
      { endpoint: 'PRIVATE', settings: [] },
      { logging: 'NON_COMPLIANT', cache: 'NOT_APPLICABLE', certificate: 'NON_COMPLIANT', waf: 'NOT_APPLICABLE' },
    ],
  ];
  describe.each(scenarios)('%s', (_, scenario, expected) => {
    it.each(Object.entries(rulesByKey))('%s', (key, rule) => {
      const status = expected[key as keyof typeof rulesByKey];
      expect(statusOf(rule, 'Stage', stageTemplate(scenario))).toBe(status);
      expect(statusOfItem(rule, stageItem(scenario), [apiItem(scenario.endpoint)])).toBe(status);
    });
  });

  it('undecided: the logging level from a parameter, an item that does not record method settings', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        Stage: {
          Type: 'AWS::ApiGateway::Stage',
          Properties: { RestApiId: 'a1', MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: PARAM }] },
        },
      },
    });
    expect(statusOf(ApiGatewayStageExecutionLogging, 'Stage', t)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(ApiGatewayStageExecutionLogging, configItem('AWS::ApiGateway::Stage', { stageName: 'prod' }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
  it('the web ACL rule needs review when the stage’s REST API was not scanned', () =>
    expect(statusOfItem(ApiGatewayStageWafAssociated, stageItem({ endpoint: 'REGIONAL', settings: [] }))).toBe(
      'INSUFFICIENT_DATA',
    ));
  it('reads the real rdk stage item shape (a method key with ~1 escapes)', () => {
    const item = configItem('AWS::ApiGateway::Stage', {
      deploymentId: 'jtemac',
      stageName: 'test',
      methodSettings: {
        '*/*': { loggingLevel: 'INFO', unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER' },
        '~1elastic~1dug/GET': { loggingLevel: 'ERROR' },
      },
    });
    expect(statusOfItem(ApiGatewayStageExecutionLogging, item)).toBe('COMPLIANT');
  });
});

describe('HTTP API stages: templates and configuration items agree', () => {
  const v2Template = (settings: Record<string, unknown> | undefined) =>
    template({
      S: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'a1', StageName: '$default', AccessLogSettings: settings } },
    });
  const v2Item = (settings: Record<string, unknown> | undefined) =>
    configItem('AWS::ApiGatewayV2::Stage', { stageName: '$default', ...(settings ? { accessLogSettings: settings } : {}) });
  it('logged', () => {
    expect(
      statusOf(ApiGatewayV2StageAccessLogs, 'S', v2Template({ DestinationArn: 'arn:aws:logs:x', Format: '$context.requestId' })),
    ).toBe('COMPLIANT');
    expect(
      statusOfItem(ApiGatewayV2StageAccessLogs, v2Item({ destinationArn: 'arn:aws:logs:x', format: '$context.requestId' })),
    ).toBe('COMPLIANT');
  });
  it('not logged', () => {
    expect(statusOf(ApiGatewayV2StageAccessLogs, 'S', v2Template(undefined))).toBe('NON_COMPLIANT');
    expect(statusOfItem(ApiGatewayV2StageAccessLogs, v2Item(undefined))).toBe('NON_COMPLIANT');
  });
});

describe('API Gateway adapter coverage', () => expectConfigAdapterOrReason(rules));
