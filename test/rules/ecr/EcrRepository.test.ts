import { EcrImageScanOnPush } from '../../../rules/ecr/EcrImageScanOnPush';
import { EcrRepositoryKmsEncryption } from '../../../rules/ecr/EcrRepositoryKmsEncryption';
import { EcrTagImmutability } from '../../../rules/ecr/EcrTagImmutability';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const repo = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Repo: { Type: 'AWS::ECR::Repository', Properties: props }, ...extra } as never,
  });

describe('EcrImageScanOnPush', () => {
  const rule = EcrImageScanOnPush;
  it('passes with scan on push', () =>
    expect(statusOf(rule, 'Repo', repo({ ImageScanningConfiguration: { ScanOnPush: true } }))).toBe('COMPLIANT'));
  it('passes when a registry scanning rule covers every repository', () => {
    const registry = {
      Scan: {
        Type: 'AWS::ECR::RegistryScanningConfiguration',
        Properties: {
          ScanType: 'ENHANCED',
          Rules: [{ ScanFrequency: 'CONTINUOUS_SCAN', RepositoryFilters: [{ Filter: '*', FilterType: 'WILDCARD' }] }],
        },
      },
    };
    expect(statusOf(rule, 'Repo', repo({}, registry))).toBe('COMPLIANT');
  });
  it('passes when a registry filter matches the repository name', () => {
    const registry = {
      Scan: {
        Type: 'AWS::ECR::RegistryScanningConfiguration',
        Properties: {
          ScanType: 'ENHANCED',
          Rules: [{ ScanFrequency: 'SCAN_ON_PUSH', RepositoryFilters: [{ Filter: 'prod-*', FilterType: 'WILDCARD' }] }],
        },
      },
    };
    expect(statusOf(rule, 'Repo', repo({ RepositoryName: 'prod-api' }, registry))).toBe('COMPLIANT');
  });
  it('fails without scanning', () => expect(statusOf(rule, 'Repo', repo({}))).toBe('NON_COMPLIANT'));
  it('needs review when ScanOnPush is a parameter', () =>
    expect(statusOf(rule, 'Repo', repo({ ImageScanningConfiguration: { ScanOnPush: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});

describe('EcrTagImmutability', () => {
  const rule = EcrTagImmutability;
  it('passes immutable tags', () => expect(statusOf(rule, 'Repo', repo({ ImageTagMutability: 'IMMUTABLE' }))).toBe('COMPLIANT'));
  it('fails when tags are mutable by default', () => expect(statusOf(rule, 'Repo', repo({}))).toBe('NON_COMPLIANT'));
  it('needs review when mutability is a parameter', () =>
    expect(statusOf(rule, 'Repo', repo({ ImageTagMutability: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('EcrRepositoryKmsEncryption', () => {
  const rule = EcrRepositoryKmsEncryption;
  it('passes KMS encryption under a key of the template', () => {
    const key = { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } } };
    expect(
      statusOf(
        rule,
        'Repo',
        repo({ EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } } }, key),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when KMS uses the AWS managed aws/ecr key', () =>
    expect(statusOf(rule, 'Repo', repo({ EncryptionConfiguration: { EncryptionType: 'KMS' } }))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () =>
    expect(statusOf(rule, 'Repo', repo({ EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
  it('fails when the default AES256 is used', () => expect(statusOf(rule, 'Repo', repo({}))).toBe('NON_COMPLIANT'));
  it('needs review when the type is a parameter', () =>
    expect(statusOf(rule, 'Repo', repo({ EncryptionConfiguration: { EncryptionType: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});
