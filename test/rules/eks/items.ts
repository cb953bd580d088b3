import { configItem } from '../harness';

/** An EKS cluster as Config records it (CloudFormation's property names), every field the adapters read set. */
export const ITEMS = [
  configItem('AWS::EKS::Cluster', {
    Name: 'c',
    Version: '1.35',
    ResourcesVpcConfig: { EndpointPublicAccess: true, EndpointPrivateAccess: true, PublicAccessCidrs: ['10.0.0.0/8'] },
    Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }] } },
    EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k' } }],
  }),
];
