import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly kmsKey: Tri;
}

export const SageMakerNotebookKmsKey = defineRule<Facts>({
  id: 'SageMakerNotebookKmsKey',
  title: 'SageMaker notebook instances encrypt their storage with a KMS key',
  description:
    'Notebook volumes hold the data scientists pulled in, often personal data; a customer-managed key keeps access to it auditable and revocable.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED',
  remediation: 'Set KmsKeyId to a customer-managed KMS key.',
  template: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (notebook) => ({ kmsKey: hasProperty(notebook, 'KmsKeyId') }),
  },
  configItem: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (item) => ({ kmsKey: isSet(valueAt(item.configuration, 'KmsKeyId')) }),
  },
  evaluate({ kmsKey }) {
    if (isUnknown(kmsKey)) return needsReview(`KmsKeyId is not known: ${kmsKey.reason}`);
    return kmsKey ? pass('storage is encrypted with a KMS key') : fail('KmsKeyId is not set');
  },
});
