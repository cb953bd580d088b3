import { DynamoDbGlobalTableApprovedRegions as rule } from '../../../rules/dynamodb/DynamoDbGlobalTableApprovedRegions';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const globalTable = (...regions: unknown[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { G: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { Replicas: regions.map((Region) => ({ Region })) } } },
  });

describe('DynamoDbGlobalTableApprovedRegions', () => {
  it('passes with replicas only in London', () => expect(statusOf(rule, 'G', globalTable('eu-west-2'))).toBe('COMPLIANT'));
  it('fails with a replica in Ireland', () =>
    expect(statusOf(rule, 'G', globalTable('eu-west-2', 'eu-west-1'))).toBe('NON_COMPLIANT'));
  it('needs review when a replica’s region is a parameter', () =>
    expect(statusOf(rule, 'G', globalTable('eu-west-2', PARAM))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the region is the stack’s own and the stack region is not known', () => {
    expect(statusOf(rule, 'G', globalTable({ Ref: 'AWS::Region' }))).toBe('INSUFFICIENT_DATA');
  });
});
