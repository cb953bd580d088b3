import { EksControlPlaneLogging } from '../../../rules/eks/EksControlPlaneLogging';
import { EksEndpointNoPublicAccess } from '../../../rules/eks/EksEndpointNoPublicAccess';
import { EksSecretsEncrypted } from '../../../rules/eks/EksSecretsEncrypted';
import { EksSupportedVersion } from '../../../rules/eks/EksSupportedVersion';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>, vpc: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Key: { Type: 'AWS::KMS::Key' },
      Cluster: {
        Type: 'AWS::EKS::Cluster',
        Properties: {
          RoleArn: 'arn:aws:iam::111122223333:role/eks',
          ResourcesVpcConfig: { SubnetIds: ['subnet-1'], ...vpc },
          ...props,
        },
      },
    },
  });

describe('EksEndpointNoPublicAccess', () => {
  const rule = EksEndpointNoPublicAccess;
  it('passes a private endpoint', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, { EndpointPublicAccess: false, EndpointPrivateAccess: true }))).toBe(
      'COMPLIANT',
    ));
  it('passes a public endpoint limited to named CIDRs', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, { PublicAccessCidrs: ['203.0.113.0/24'] }))).toBe('COMPLIANT'));
  it('fails when the endpoint is public by default', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when the public endpoint is open to 0.0.0.0/0', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, { EndpointPublicAccess: true, PublicAccessCidrs: ['0.0.0.0/0'] }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when public access is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, { EndpointPublicAccess: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('EksSecretsEncrypted', () => {
  const rule = EksSecretsEncrypted;
  const config = (key: unknown, resources: unknown = ['secrets']) => ({
    EncryptionConfig: [{ Resources: resources, Provider: { KeyArn: key } }],
  });
  it('passes secrets encrypted with a key', () =>
    expect(statusOf(rule, 'Cluster', cluster(config({ 'Fn::GetAtt': ['Key', 'Arn'] })))).toBe('COMPLIANT'));
  it('fails without EncryptionConfig', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('needs review when the resources are a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster(config('arn:aws:kms:eu-west-2:111122223333:key/k', PARAM)))).toBe(
      'INSUFFICIENT_DATA',
    ));
});

describe('EksControlPlaneLogging', () => {
  const rule = EksControlPlaneLogging;
  const logging = (...types: unknown[]) => ({ Logging: { ClusterLogging: { EnabledTypes: types.map((Type) => ({ Type })) } } });
  it('passes api, audit and authenticator', () =>
    expect(statusOf(rule, 'Cluster', cluster(logging('api', 'audit', 'authenticator', 'scheduler')))).toBe('COMPLIANT'));
  it('fails when audit is missing', () =>
    expect(statusOf(rule, 'Cluster', cluster(logging('api', 'authenticator')))).toBe('NON_COMPLIANT'));
  it('fails with no logging', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('needs review when a type is a parameter that may be the one missing', () =>
    expect(statusOf(rule, 'Cluster', cluster(logging('api', 'audit', PARAM)))).toBe('INSUFFICIENT_DATA'));
  it('fails when one parameter cannot stand for the two types missing', () =>
    expect(statusOf(rule, 'Cluster', cluster(logging('api', PARAM)))).toBe('NON_COMPLIANT'));
});

describe('EksSupportedVersion', () => {
  const rule = EksSupportedVersion;
  it('passes a version newer than the table', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Version: '1.40' }))).toBe('COMPLIANT'));
  it('passes when Version is not set (EKS default)', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('COMPLIANT'));
  it('fails on a version out of standard support', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Version: '1.27' }))).toBe('NON_COMPLIANT'));
  it('fails on a version older than the table', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Version: '1.21' }))).toBe('NON_COMPLIANT'));
  it('needs review when Version is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Version: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('decides on the evaluation date', () => {
    expect(rule.evaluate({ version: '1.33', today: '2026-07-28' }).status).toBe('COMPLIANT');
    expect(rule.evaluate({ version: '1.33', today: '2026-07-29' }).status).toBe('NON_COMPLIANT');
  });
});
