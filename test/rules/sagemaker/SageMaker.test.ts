import { SageMakerEndpointConfigKmsKey } from '../../../rules/sagemaker/SageMakerEndpointConfigKmsKey';
import { SageMakerNotebookInVpc } from '../../../rules/sagemaker/SageMakerNotebookInVpc';
import { SageMakerNotebookKmsKey } from '../../../rules/sagemaker/SageMakerNotebookKmsKey';
import { SageMakerNotebookNoDirectInternet } from '../../../rules/sagemaker/SageMakerNotebookNoDirectInternet';
import { SageMakerNotebookRootAccessDisabled } from '../../../rules/sagemaker/SageMakerNotebookRootAccessDisabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const notebook = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Nb: {
        Type: 'AWS::SageMaker::NotebookInstance',
        Properties: { InstanceType: 'ml.t3.medium', RoleArn: 'arn:aws:iam::111122223333:role/sm', ...props },
      },
    },
  });
const key = 'arn:aws:kms:eu-west-2:111122223333:key/k';

describe('SageMakerNotebookKmsKey', () => {
  const rule = SageMakerNotebookKmsKey;
  it('passes with a key', () => expect(statusOf(rule, 'Nb', notebook({ KmsKeyId: key }))).toBe('COMPLIANT'));
  it('fails without one', () => expect(statusOf(rule, 'Nb', notebook({}))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () =>
    expect(statusOf(rule, 'Nb', notebook({ KmsKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('SageMakerNotebookNoDirectInternet', () => {
  const rule = SageMakerNotebookNoDirectInternet;
  it('passes when disabled', () =>
    expect(statusOf(rule, 'Nb', notebook({ DirectInternetAccess: 'Disabled', SubnetId: 'subnet-1' }))).toBe('COMPLIANT'));
  it('fails by default', () => expect(statusOf(rule, 'Nb', notebook({}))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Nb', notebook({ DirectInternetAccess: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('SageMakerNotebookRootAccessDisabled', () => {
  const rule = SageMakerNotebookRootAccessDisabled;
  it('passes when disabled', () => expect(statusOf(rule, 'Nb', notebook({ RootAccess: 'Disabled' }))).toBe('COMPLIANT'));
  it('fails by default', () => expect(statusOf(rule, 'Nb', notebook({}))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Nb', notebook({ RootAccess: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('SageMakerNotebookInVpc', () => {
  const rule = SageMakerNotebookInVpc;
  it('passes with a subnet', () => expect(statusOf(rule, 'Nb', notebook({ SubnetId: 'subnet-1' }))).toBe('COMPLIANT'));
  it('fails without one', () => expect(statusOf(rule, 'Nb', notebook({}))).toBe('NON_COMPLIANT'));
  it('needs review when the subnet is a parameter', () =>
    expect(statusOf(rule, 'Nb', notebook({ SubnetId: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('SageMakerEndpointConfigKmsKey', () => {
  const rule = SageMakerEndpointConfigKmsKey;
  const config = (props: Record<string, unknown>) =>
    template({
      Parameters: PARAMETERS,
      Resources: {
        Cfg: {
          Type: 'AWS::SageMaker::EndpointConfig',
          Properties: {
            ProductionVariants: [{ ModelName: 'm', VariantName: 'v', InitialInstanceCount: 1, InstanceType: 'ml.m5.large' }],
            ...props,
          },
        },
      },
    });
  it('passes with a key', () => expect(statusOf(rule, 'Cfg', config({ KmsKeyId: key }))).toBe('COMPLIANT'));
  it('fails without one', () => expect(statusOf(rule, 'Cfg', config({}))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () =>
    expect(statusOf(rule, 'Cfg', config({ KmsKeyId: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
