import { OpenSearchDomainHttpsRequired as rule } from '../../../rules/opensearch/OpenSearchDomainHttpsRequired';
import { PARAM, resultOf, statusOf } from '../harness';
import { OPENSEARCH, domain } from './domain';

const endpoint = (options: Record<string, unknown>) => domain(OPENSEARCH, { DomainEndpointOptions: options });

describe('OpenSearchDomainHttpsRequired', () => {
  it('passes with HTTPS and a TLS 1.2 policy', () => {
    expect(statusOf(rule, 'Domain', endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails when DomainEndpointOptions is missing', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, {}))).toBe('NON_COMPLIANT'));
  it('fails when HTTPS is not enforced', () => {
    expect(statusOf(rule, 'Domain', endpoint({ EnforceHTTPS: 'false', TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails when the TLS policy is left to the default', () => {
    const r = resultOf(rule, 'Domain', endpoint({ EnforceHTTPS: true }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('TLS security policy is not set');
  });
  it('fails when the policy allows TLS 1.0', () => {
    expect(statusOf(rule, 'Domain', endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the TLS policy is a parameter', () => {
    expect(statusOf(rule, 'Domain', endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
