import { NeptuneClusterIamAuthentication as rule } from '../../../rules/neptune/NeptuneClusterIamAuthentication';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::Neptune::DBCluster', Properties: props } } });

describe('NeptuneClusterIamAuthentication', () => {
  it('passes when IAM auth is on', () => expect(statusOf(rule, 'C', cluster({ IamAuthEnabled: true }))).toBe('COMPLIANT'));
  it('fails when IAM auth is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when IAM auth is false', () => expect(statusOf(rule, 'C', cluster({ IamAuthEnabled: false }))).toBe('NON_COMPLIANT'));
  it('needs review when IAM auth is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ IamAuthEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
