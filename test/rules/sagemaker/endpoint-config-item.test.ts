import { SageMakerEndpointConfigKmsKey as rule } from '../../../rules/sagemaker/SageMakerEndpointConfigKmsKey';
import { configItem, statusOf, statusOfItem, template } from '../harness';

describe('SageMakerEndpointConfigKmsKey: a template and a configuration item agree', () => {
  const variants = [{ ModelName: 'm', VariantName: 'v', InitialInstanceCount: 1, InstanceType: 'ml.m5.large' }];
  it.each([
    ['with a KMS key', { KmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/k' }, 'COMPLIANT'],
    ['without a KMS key', {}, 'NON_COMPLIANT'],
  ])('%s', (_, key, status) => {
    const t = template({ E: { Type: 'AWS::SageMaker::EndpointConfig', Properties: { ProductionVariants: variants, ...key } } });
    const item = configItem('AWS::SageMaker::EndpointConfig', { EndpointConfigName: 'e', ProductionVariants: variants, ...key });
    expect([statusOf(rule, 'E', t), statusOfItem(rule, item)]).toEqual([status, status]);
  });
});
