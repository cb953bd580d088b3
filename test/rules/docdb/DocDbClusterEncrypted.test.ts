import { DocDbClusterEncrypted as rule } from '../../../rules/docdb/DocDbClusterEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::DocDB::DBCluster', Properties: props } } });

describe('DocDbClusterEncrypted', () => {
  it('passes when StorageEncrypted is true', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: true }))).toBe('COMPLIANT'));
  it('fails when StorageEncrypted is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when StorageEncrypted is false', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: 'false' }))).toBe('NON_COMPLIANT'));
  it('needs review when StorageEncrypted is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ StorageEncrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when restored from a snapshot', () =>
    expect(statusOf(rule, 'C', cluster({ SnapshotIdentifier: 'snap' }))).toBe('INSUFFICIENT_DATA'));
});
