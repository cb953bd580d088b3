import { DynamoDbTableEncryptedKms as rule } from '../../../rules/dynamodb/DynamoDbTableEncryptedKms';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const table = (sse?: unknown, type = 'AWS::DynamoDB::Table') =>
  template({
    Parameters: PARAMETERS,
    Resources: { T: { Type: type, Properties: sse === undefined ? {} : { SSESpecification: sse } } },
  });

describe('DynamoDbTableEncryptedKms', () => {
  it('passes with SSE enabled (AWS managed KMS key)', () =>
    expect(statusOf(rule, 'T', table({ SSEEnabled: true }))).toBe('COMPLIANT'));
  it('passes with a customer managed key given by parameter', () => {
    expect(statusOf(rule, 'T', table({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: PARAM }))).toBe('COMPLIANT');
  });
  it('passes a global table with KMS', () =>
    expect(statusOf(rule, 'T', table({ SSEEnabled: true, SSEType: 'KMS' }, 'AWS::DynamoDB::GlobalTable'))).toBe('COMPLIANT'));
  it('fails without SSESpecification (AWS owned key)', () => expect(statusOf(rule, 'T', table())).toBe('NON_COMPLIANT'));
  it('fails when SSEEnabled is false', () => expect(statusOf(rule, 'T', table({ SSEEnabled: false }))).toBe('NON_COMPLIANT'));
  it('needs review when SSEEnabled is a parameter', () =>
    expect(statusOf(rule, 'T', table({ SSEEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
