import { OpenSearchDomainFineGrainedAccessControl as rule } from '../../../rules/opensearch/OpenSearchDomainFineGrainedAccessControl';
import { PARAM, statusOf } from '../harness';
import { OPENSEARCH, domain } from './domain';

describe('OpenSearchDomainFineGrainedAccessControl', () => {
  it('passes when AdvancedSecurityOptions is enabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { AdvancedSecurityOptions: { Enabled: true } }))).toBe('COMPLIANT'));
  it('fails when AdvancedSecurityOptions is absent', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when AdvancedSecurityOptions is disabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { AdvancedSecurityOptions: { Enabled: 'false' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when AdvancedSecurityOptions is a parameter', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { AdvancedSecurityOptions: { Enabled: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
