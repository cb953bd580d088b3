import { ApiGatewayDomainTls12 as rule } from '../../../rules/apigateway/ApiGatewayDomainTls12';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const rest = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { D: { Type: 'AWS::ApiGateway::DomainName', Properties: { DomainName: 'api.example.nhs.uk', ...props } } },
  });
const v2 = (...policies: unknown[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      D: {
        Type: 'AWS::ApiGatewayV2::DomainName',
        Properties: {
          DomainName: 'api.example.nhs.uk',
          DomainNameConfigurations: policies.map((SecurityPolicy) => ({ CertificateArn: 'arn:c', SecurityPolicy })),
        },
      },
    },
  });

describe('ApiGatewayDomainTls12', () => {
  it('passes TLS_1_2', () => expect(statusOf(rule, 'D', rest({ SecurityPolicy: 'TLS_1_2' }))).toBe('COMPLIANT'));
  it('passes an enhanced TLS 1.3 policy', () =>
    expect(statusOf(rule, 'D', rest({ SecurityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09' }))).toBe('COMPLIANT'));
  it('passes a v2 domain with TLS_1_2', () => expect(statusOf(rule, 'D', v2('TLS_1_2'))).toBe('COMPLIANT'));
  it('fails TLS_1_0', () => expect(statusOf(rule, 'D', rest({ SecurityPolicy: 'TLS_1_0' }))).toBe('NON_COMPLIANT'));
  it('fails when SecurityPolicy is absent', () => expect(statusOf(rule, 'D', rest({}))).toBe('NON_COMPLIANT'));
  it('fails a v2 configuration without a policy', () => expect(statusOf(rule, 'D', v2(undefined))).toBe('NON_COMPLIANT'));
  it('needs review when the policy is a parameter', () =>
    expect(statusOf(rule, 'D', rest({ SecurityPolicy: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
