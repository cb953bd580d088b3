import { RdsStorageEncrypted as rule } from '../../../rules/rds/RdsStorageEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const instance = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...props } },
      ...extra,
    },
  });

describe('RdsStorageEncrypted', () => {
  it('passes when StorageEncrypted is true', () =>
    expect(statusOf(rule, 'Db', instance({ StorageEncrypted: true }))).toBe('COMPLIANT'));
  it('passes for an encrypted cluster', () => {
    const t = template({
      Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', StorageEncrypted: 'true' } },
    });
    expect(statusOf(rule, 'Cluster', t)).toBe('COMPLIANT');
  });
  it('passes for Aurora Serverless v1, which is always encrypted', () => {
    const t = template({
      Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', EngineMode: 'serverless' } },
    });
    expect(statusOf(rule, 'Cluster', t)).toBe('COMPLIANT');
  });
  it('passes for a cross-region replica that names a KMS key', () => {
    const key = { 'Fn::GetAtt': ['Key', 'Arn'] };
    const t = instance(
      { SourceDBInstanceIdentifier: 'arn:aws:rds:eu-west-1:1:db:src', KmsKeyId: key },
      { Key: { Type: 'AWS::KMS::Key', Properties: {} } },
    );
    expect(statusOf(rule, 'Db', t)).toBe('COMPLIANT');
  });
  it('needs review for a replica whose KMS key is a parameter that may be empty', () => {
    expect(
      statusOf(rule, 'Db', instance({ SourceDBInstanceIdentifier: 'arn:aws:rds:eu-west-1:1:db:src', KmsKeyId: PARAM })),
    ).toBe('INSUFFICIENT_DATA');
  });
  it('fails for a replica of an unencrypted source whose KMS key is an If that may be absent', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        Src: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceIdentifier: 'src' } },
        Key: { Type: 'AWS::KMS::Key', Properties: {} },
        Db: {
          Type: 'AWS::RDS::DBInstance',
          Properties: {
            SourceDBInstanceIdentifier: { Ref: 'Src' },
            KmsKeyId: { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] },
          },
        },
      },
    });
    expect(statusOf(rule, 'Db', t)).toBe('NON_COMPLIANT');
  });
  it('does not take every instance for a cluster member when its cluster identifier is an If', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { InCluster: { 'Fn::Equals': [{ Ref: 'Env' }, 'aurora'] } },
      Resources: {
        Db: {
          Type: 'AWS::RDS::DBInstance',
          Properties: { Engine: 'postgres', DBClusterIdentifier: { 'Fn::If': ['InCluster', 'c', { Ref: 'AWS::NoValue' }] } },
        },
      },
    });
    expect(statusOf(rule, 'Db', t)).toBe('NON_COMPLIANT');
  });

  it('fails when StorageEncrypted is absent', () => expect(statusOf(rule, 'Db', instance({}))).toBe('NON_COMPLIANT'));
  it('fails when StorageEncrypted is false', () =>
    expect(statusOf(rule, 'Db', instance({ StorageEncrypted: false }))).toBe('NON_COMPLIANT'));
  it('fails when an unencrypted cluster leaves StorageEncrypted unset', () => {
    const t = template({ Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql' } } });
    expect(statusOf(rule, 'Cluster', t)).toBe('NON_COMPLIANT');
  });
  it('fails an Aurora instance whose cluster is unencrypted', () => {
    const t = instance(
      { Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'Cluster' } },
      { Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', StorageEncrypted: false } } },
    );
    expect(statusOf(rule, 'Db', t)).toBe('NON_COMPLIANT');
    expect(statusOf(rule, 'Cluster', t)).toBe('NON_COMPLIANT');
  });
  it('fails a replica of an unencrypted instance in the same template', () => {
    const t = instance(
      { SourceDBInstanceIdentifier: { Ref: 'Source' } },
      { Source: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres' } } },
    );
    expect(statusOf(rule, 'Db', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when StorageEncrypted is a parameter', () =>
    expect(statusOf(rule, 'Db', instance({ StorageEncrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review for a replica of an instance outside the template', () => {
    expect(statusOf(rule, 'Db', instance({ SourceDBInstanceIdentifier: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
  it('needs review for an Aurora instance whose cluster is not in the template', () => {
    expect(statusOf(rule, 'Db', instance({ DBClusterIdentifier: 'elsewhere' }))).toBe('INSUFFICIENT_DATA');
  });
});
