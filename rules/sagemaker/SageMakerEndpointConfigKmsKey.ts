import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly kmsKey: Tri;
}

export const SageMakerEndpointConfigKmsKey = defineRule<Facts>({
  id: 'SageMakerEndpointConfigKmsKey',
  title: 'SageMaker endpoint configurations encrypt storage with a KMS key',
  description:
    'Endpoint instances store the model and request data on attached volumes; a customer-managed key keeps that data auditable and revocable.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED',
  remediation: 'Set KmsKeyId to a customer-managed KMS key.',
  template: {
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    facts: (config) => ({ kmsKey: hasProperty(config, 'KmsKeyId') }),
  },
  configItem: {
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    facts: (config) => ({ kmsKey: isSet(config.configuration.KmsKeyId) }),
  },
  evaluate({ kmsKey }) {
    if (isUnknown(kmsKey)) return needsReview(`KmsKeyId is not known: ${kmsKey.reason}`);
    return kmsKey ? pass('storage is encrypted with a KMS key') : fail('KmsKeyId is not set');
  },
});
