import { Rule } from '../../lib/engine/rule';
import { SageMakerEndpointConfigKmsKey } from './SageMakerEndpointConfigKmsKey';
import { SageMakerNotebookInVpc } from './SageMakerNotebookInVpc';
import { SageMakerNotebookKmsKey } from './SageMakerNotebookKmsKey';
import { SageMakerNotebookNoDirectInternet } from './SageMakerNotebookNoDirectInternet';
import { SageMakerNotebookRootAccessDisabled } from './SageMakerNotebookRootAccessDisabled';

export const rules: Rule[] = [
  SageMakerNotebookKmsKey,
  SageMakerNotebookNoDirectInternet,
  SageMakerNotebookRootAccessDisabled,
  SageMakerNotebookInVpc,
  SageMakerEndpointConfigKmsKey,
];
