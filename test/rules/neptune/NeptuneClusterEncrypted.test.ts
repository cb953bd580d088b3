import { NeptuneClusterEncrypted as rule } from '../../../rules/neptune/NeptuneClusterEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::Neptune::DBCluster', Properties: props } } });

describe('NeptuneClusterEncrypted', () => {
  it('passes when StorageEncrypted is true', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: true }))).toBe('COMPLIANT'));
  it('fails when StorageEncrypted is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when StorageEncrypted is false', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: false }))).toBe('NON_COMPLIANT'));
  it('needs review when StorageEncrypted is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
