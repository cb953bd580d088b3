import { ElasticsearchDomainInVpc as rule } from '../../../rules/opensearch/ElasticsearchDomainInVpc';
import { PARAM, statusOf } from '../harness';
import { ELASTICSEARCH, domain } from './domain';

describe('ElasticsearchDomainInVpc', () => {
  it('passes with subnets', () => {
    expect(
      statusOf(rule, 'Domain', domain(ELASTICSEARCH, { VPCOptions: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } })),
    ).toBe('COMPLIANT');
  });
  it('fails when VPCOptions is missing', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when VPCOptions has no subnets', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { VPCOptions: { SubnetIds: [] } }))).toBe('NON_COMPLIANT'));
  it('fails by cases when the subnets depend on an undecidable condition', () => {
    const t = domain(ELASTICSEARCH, {
      VPCOptions: { SubnetIds: { 'Fn::If': ['Private', ['subnet-1'], { Ref: 'AWS::NoValue' }] } },
    });
    expect(
      statusOf(rule, 'Domain', { ...t, body: { ...t.body, Conditions: { Private: { 'Fn::Equals': [PARAM, 'yes'] } } } }),
    ).toBe('NON_COMPLIANT');
  });
});
