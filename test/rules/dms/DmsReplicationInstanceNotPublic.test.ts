import { DmsReplicationInstanceNotPublic as rule } from '../../../rules/dms/DmsReplicationInstanceNotPublic';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const instance = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      R: { Type: 'AWS::DMS::ReplicationInstance', Properties: { ReplicationInstanceClass: 'dms.t3.small', ...props } },
    },
  });

describe('DmsReplicationInstanceNotPublic', () => {
  it('passes when PubliclyAccessible is false', () =>
    expect(statusOf(rule, 'R', instance({ PubliclyAccessible: false }))).toBe('COMPLIANT'));
  it('fails when PubliclyAccessible is true', () =>
    expect(statusOf(rule, 'R', instance({ PubliclyAccessible: true }))).toBe('NON_COMPLIANT'));
  it('fails when PubliclyAccessible is absent (DMS default public)', () =>
    expect(statusOf(rule, 'R', instance({}))).toBe('NON_COMPLIANT'));
  it('needs review when PubliclyAccessible is a parameter', () =>
    expect(statusOf(rule, 'R', instance({ PubliclyAccessible: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
