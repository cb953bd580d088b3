import { DocDbMasterPasswordNotPlaintext as rule } from '../../../rules/docdb/DocDbMasterPasswordNotPlaintext';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { C: { Type: 'AWS::DocDB::DBCluster', Properties: { MasterUsername: 'owner', ...props } } },
  });

describe('DocDbMasterPasswordNotPlaintext', () => {
  it('passes a Secrets Manager dynamic reference', () => {
    expect(statusOf(rule, 'C', cluster({ MasterUserPassword: '{{resolve:secretsmanager:docdb:SecretString:password}}' }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails a literal password without echoing it', () => {
    const r = resultOf(rule, 'C', cluster({ MasterUserPassword: 'hunter22hunter' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('hunter22');
  });
  it('fails a parameter that is not NoEcho', () =>
    expect(statusOf(rule, 'C', cluster({ MasterUserPassword: PARAM }))).toBe('NON_COMPLIANT'));
  it('needs review when the password comes from an import', () => {
    expect(statusOf(rule, 'C', cluster({ MasterUserPassword: { 'Fn::ImportValue': 'pw' } }))).toBe('INSUFFICIENT_DATA');
  });
});
