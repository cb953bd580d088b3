import { SageMakerNotebookInVpc } from '../../../rules/sagemaker/SageMakerNotebookInVpc';
import { SageMakerNotebookKmsKey } from '../../../rules/sagemaker/SageMakerNotebookKmsKey';
import { SageMakerNotebookNoDirectInternet } from '../../../rules/sagemaker/SageMakerNotebookNoDirectInternet';
import { SageMakerNotebookRootAccessDisabled } from '../../../rules/sagemaker/SageMakerNotebookRootAccessDisabled';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const rules = [
  SageMakerNotebookInVpc,
  SageMakerNotebookKmsKey,
  SageMakerNotebookNoDirectInternet,
  SageMakerNotebookRootAccessDisabled,
];

// AWS Config records notebook instances in CloudFormation's own property names.
const hardened = {
  SubnetId: 'subnet-1',
  KmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/k',
  DirectInternetAccess: 'Disabled',
  RootAccess: 'Disabled',
};
const defaults = { DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' };

describe('SageMaker notebook rules read a template and a configuration item alike', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    for (const [properties, status] of [
      [hardened, 'COMPLIANT'],
      [defaults, 'NON_COMPLIANT'],
    ] as const) {
      const t = template({
        N: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', ...properties } },
      });
      expect(statusOf(rule, 'N', t)).toBe(status);
      expect(statusOfItem(rule, configItem('AWS::SageMaker::NotebookInstance', properties))).toBe(status);
    }
  });
});
