import { DocDbClusterAuditLogsExported as rule } from '../../../rules/docdb/DocDbClusterAuditLogsExported';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::DocDB::DBCluster', Properties: props } } });

describe('DocDbClusterAuditLogsExported', () => {
  it('passes when audit is exported', () =>
    expect(statusOf(rule, 'C', cluster({ EnableCloudwatchLogsExports: ['audit', 'profiler'] }))).toBe('COMPLIANT'));
  it('fails when nothing is exported', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when only the profiler log is exported', () =>
    expect(statusOf(rule, 'C', cluster({ EnableCloudwatchLogsExports: ['profiler'] }))).toBe('NON_COMPLIANT'));
  it('needs review when the exports are a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ EnableCloudwatchLogsExports: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
