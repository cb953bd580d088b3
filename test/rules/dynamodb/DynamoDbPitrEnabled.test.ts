import { DynamoDbPitrEnabled as rule } from '../../../rules/dynamodb/DynamoDbPitrEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const KEYS = {
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
};
const table = (pitr?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      T: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          ...KEYS,
          ...(pitr === undefined ? {} : { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: pitr } }),
        },
      },
    },
  });
const globalTable = (...replicas: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { G: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { ...KEYS, Replicas: replicas } } },
  });

describe('DynamoDbPitrEnabled', () => {
  it('passes when PITR is on', () => expect(statusOf(rule, 'T', table(true))).toBe('COMPLIANT'));
  it('passes a global table whose replicas all have PITR', () => {
    expect(
      statusOf(
        rule,
        'G',
        globalTable({ Region: 'eu-west-2', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when PITR is absent', () => expect(statusOf(rule, 'T', table())).toBe('NON_COMPLIANT'));
  it('fails when PITR is false', () => expect(statusOf(rule, 'T', table(false))).toBe('NON_COMPLIANT'));
  it('fails a global table with a replica without PITR', () => {
    const t = globalTable(
      { Region: 'eu-west-2', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
      { Region: 'eu-west-1' },
    );
    expect(statusOf(rule, 'G', t)).toBe('NON_COMPLIANT');
  });
  it('needs review when PITR is a parameter', () => expect(statusOf(rule, 'T', table(PARAM))).toBe('INSUFFICIENT_DATA'));
});
