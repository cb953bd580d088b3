import { DocDbClusterDeletionProtection as rule } from '../../../rules/docdb/DocDbClusterDeletionProtection';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::DocDB::DBCluster', Properties: props } } });

describe('DocDbClusterDeletionProtection', () => {
  it('passes when DeletionProtection is true', () =>
    expect(statusOf(rule, 'C', cluster({ DeletionProtection: true }))).toBe('COMPLIANT'));
  it('fails when DeletionProtection is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when DeletionProtection is false', () =>
    expect(statusOf(rule, 'C', cluster({ DeletionProtection: false }))).toBe('NON_COMPLIANT'));
  it('needs review when DeletionProtection is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ DeletionProtection: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
