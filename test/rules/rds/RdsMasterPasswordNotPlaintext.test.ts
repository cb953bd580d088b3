import { RdsMasterPasswordNotPlaintext as rule } from '../../../rules/rds/RdsMasterPasswordNotPlaintext';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>, parameters: Record<string, unknown> = PARAMETERS) =>
  template({
    Parameters: parameters,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', MasterUsername: 'owner', ...props } } },
  });

describe('RdsMasterPasswordNotPlaintext', () => {
  it('passes a Secrets Manager dynamic reference', () => {
    expect(statusOf(rule, 'Db', db({ MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}' }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes a dynamic reference built with Fn::Join', () => {
    const t = template({
      Secret: { Type: 'AWS::SecretsManager::Secret' },
      Db: {
        Type: 'AWS::RDS::DBCluster',
        Properties: {
          MasterUserPassword: {
            'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'Secret' }, ':SecretString:password::}}']],
          },
        },
      },
    });
    expect(statusOf(rule, 'Db', t)).toBe('COMPLIANT');
  });
  it('passes ManageMasterUserPassword', () =>
    expect(statusOf(rule, 'Db', db({ ManageMasterUserPassword: true }))).toBe('COMPLIANT'));
  it('passes a NoEcho parameter without a default', () => {
    expect(statusOf(rule, 'Db', db({ MasterUserPassword: { Ref: 'Pw' } }, { Pw: { Type: 'String', NoEcho: true } }))).toBe(
      'COMPLIANT',
    );
  });

  it('fails a literal password, without echoing it', () => {
    const r = resultOf(rule, 'Db', db({ MasterUserPassword: 'Sup3rSecret!' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('Sup3rSecret');
  });
  it('fails a NoEcho parameter with a default', () => {
    expect(
      statusOf(rule, 'Db', db({ MasterUserPassword: { Ref: 'Pw' } }, { Pw: { Type: 'String', NoEcho: 'true', Default: 'x' } })),
    ).toBe('NON_COMPLIANT');
  });
  it('fails a parameter that is not NoEcho', () => {
    expect(statusOf(rule, 'Db', db({ MasterUserPassword: { Ref: 'Pw' } }, { Pw: { Type: 'String' } }))).toBe('NON_COMPLIANT');
  });

  it('needs review when the password comes from an import', () => {
    expect(statusOf(rule, 'Db', db({ MasterUserPassword: { 'Fn::ImportValue': 'pw' } }))).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when ManageMasterUserPassword is a parameter', () => {
    expect(statusOf(rule, 'Db', db({ ManageMasterUserPassword: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
