import { ApiGatewayStageClientCertificate as rule } from '../../../rules/apigateway/ApiGatewayStageClientCertificate';
import { PARAM, statusOf } from '../harness';
import { restApi } from './api-fixture';

describe('ApiGatewayStageClientCertificate', () => {
  it('passes with a client certificate', () =>
    expect(
      statusOf(
        rule,
        'Stage',
        restApi({ ClientCertificateId: { Ref: 'Cert' } }, { Cert: { Type: 'AWS::ApiGateway::ClientCertificate' } }),
      ),
    ).toBe('COMPLIANT'));
  it('needs review when the certificate id is a parameter that may be empty', () =>
    expect(statusOf(rule, 'Stage', restApi({ ClientCertificateId: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails without a client certificate', () => expect(statusOf(rule, 'Stage', restApi({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when a condition may remove the certificate', () => {
    expect(statusOf(rule, 'Stage', restApi({ ClientCertificateId: { 'Fn::If': ['Maybe', 'c', { Ref: 'AWS::NoValue' }] } }))).toBe(
      'NON_COMPLIANT',
    );
  });
});
