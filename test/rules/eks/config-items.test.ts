import { Status } from '../../../lib/engine/model';
import { EksControlPlaneLogging } from '../../../rules/eks/EksControlPlaneLogging';
import { EksEndpointNoPublicAccess } from '../../../rules/eks/EksEndpointNoPublicAccess';
import { EksSecretsEncrypted } from '../../../rules/eks/EksSecretsEncrypted';
import { EksSupportedVersion } from '../../../rules/eks/EksSupportedVersion';
import { corpusItems } from '../corpus-items';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';
import { ITEMS } from './items';

const RULES = {
  logging: EksControlPlaneLogging,
  endpoint: EksEndpointNoPublicAccess,
  secrets: EksSecretsEncrypted,
  version: EksSupportedVersion,
};
type Expected = Record<keyof typeof RULES, Status>;
const ALL_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'].map((Type) => ({ Type }));
const KEY = { Provider: { KeyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k' }, Resources: ['secrets'] };

/** Config records EKS clusters with CloudFormation's names; the item carries what the service always reports. */
const scenarios: [string, Record<string, unknown>, Record<string, unknown>, Expected][] = [
  [
    'a private, logged, encrypted cluster on a supported version',
    {
      Version: '1.35',
      ResourcesVpcConfig: { SubnetIds: ['s'], EndpointPublicAccess: false, EndpointPrivateAccess: true },
      Logging: { ClusterLogging: { EnabledTypes: ALL_LOGS } },
      EncryptionConfig: [KEY],
    },
    {},
    { logging: 'COMPLIANT', endpoint: 'COMPLIANT', secrets: 'COMPLIANT', version: 'COMPLIANT' },
  ],
  [
    'a public cluster without logs or encryption on an old version',
    {
      Version: '1.21',
      ResourcesVpcConfig: { SubnetIds: ['s'], EndpointPublicAccess: true, PublicAccessCidrs: ['0.0.0.0/0'] },
      Logging: { ClusterLogging: { EnabledTypes: [] } },
    },
    {},
    { logging: 'NON_COMPLIANT', endpoint: 'NON_COMPLIANT', secrets: 'NON_COMPLIANT', version: 'NON_COMPLIANT' },
  ],
];

describe('EKS clusters: a template and a configuration item agree', () => {
  describe.each(scenarios)('%s', (_, properties, extra, expected) => {
    const t = template({
      C: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: 'arn:aws:iam::111122223333:role/r', ...properties } },
    });
    const item = configItem('AWS::EKS::Cluster', { Name: 'c', ...properties, ...extra });
    it.each(Object.entries(RULES))('%s', (key, rule) => {
      const status = expected[key as keyof Expected];
      expect([statusOf(rule, 'C', t), statusOfItem(rule, item)]).toEqual([status, status]);
    });
  });

  it('needs review when the item lacks what DescribeCluster always reports', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        C: {
          Type: 'AWS::EKS::Cluster',
          Properties: { Version: PARAM, ResourcesVpcConfig: { SubnetIds: ['s'], EndpointPublicAccess: PARAM }, Logging: PARAM },
        },
      },
    });
    const item = configItem('AWS::EKS::Cluster', { Name: 'c' });
    for (const rule of [EksControlPlaneLogging, EksEndpointNoPublicAccess, EksSupportedVersion])
      expect([rule.id, statusOf(rule, 'C', t), statusOfItem(rule, item)]).toEqual([
        rule.id,
        'INSUFFICIENT_DATA',
        'INSUFFICIENT_DATA',
      ]);
    // An item without EncryptionConfig is a cluster without envelope encryption, as DescribeCluster leaves it out.
    expect(statusOfItem(EksSecretsEncrypted, item)).toBe('NON_COMPLIANT');
  });

  it('reads the real RDK cluster: version 1.21, no encryption, logging and endpoint access not recorded', () => {
    const [{ item }] = corpusItems('AWS::EKS::Cluster');
    expect(statusOfItem(EksSupportedVersion, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(EksSecretsEncrypted, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(EksControlPlaneLogging, item)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(EksEndpointNoPublicAccess, item)).toBe('INSUFFICIENT_DATA');
  });

  it('passes an item whose encryption covers secrets with a key', () => {
    expect(statusOfItem(EksSecretsEncrypted, ITEMS[0])).toBe('COMPLIANT');
  });
});
