import { ApiGatewayStageClientCertificate as rule } from '../../../rules/apigateway/ApiGatewayStageClientCertificate';
import { PARAM, statusOf } from '../harness';
import { restApi } from './api-fixture';

describe('ApiGatewayStageClientCertificate', () => {
  it('passes with a client certificate', () =>
    expect(statusOf(rule, 'Stage', restApi({ ClientCertificateId: { Ref: 'Cert' } }))).toBe('COMPLIANT'));
  it('passes when the certificate id is a parameter', () =>
    expect(statusOf(rule, 'Stage', restApi({ ClientCertificateId: PARAM }))).toBe('COMPLIANT'));
  it('fails without a client certificate', () => expect(statusOf(rule, 'Stage', restApi({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when a condition may remove the certificate', () => {
    expect(statusOf(rule, 'Stage', restApi({ ClientCertificateId: { 'Fn::If': ['Maybe', 'c', { Ref: 'AWS::NoValue' }] } }))).toBe(
      'NON_COMPLIANT',
    );
  });
});
