import { configItem } from '../harness';

export const ITEMS = [
  configItem('AWS::SageMaker::EndpointConfig', { EndpointConfigName: 'e', KmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/k' }),
  configItem('AWS::SageMaker::NotebookInstance', {
    NotebookInstanceName: 'n',
    KmsKeyId: 'k',
    SubnetId: 'subnet-1',
    DirectInternetAccess: 'Disabled',
    RootAccess: 'Disabled',
  }),
];
