import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { SageMakerEndpointConfigKmsKey } from '../../../rules/sagemaker/SageMakerEndpointConfigKmsKey';
import { SageMakerNotebookInVpc } from '../../../rules/sagemaker/SageMakerNotebookInVpc';
import { SageMakerNotebookKmsKey } from '../../../rules/sagemaker/SageMakerNotebookKmsKey';
import { SageMakerNotebookNoDirectInternet } from '../../../rules/sagemaker/SageMakerNotebookNoDirectInternet';
import { SageMakerNotebookRootAccessDisabled } from '../../../rules/sagemaker/SageMakerNotebookRootAccessDisabled';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['endpoint key', SageMakerEndpointConfigKmsKey, { kmsKey: true }, 'COMPLIANT'],
    ['endpoint no key', SageMakerEndpointConfigKmsKey, { kmsKey: false }, 'NON_COMPLIANT'],
    ['endpoint key open', SageMakerEndpointConfigKmsKey, { kmsKey: open }, 'INSUFFICIENT_DATA'],
    ['notebook key', SageMakerNotebookKmsKey, { kmsKey: true }, 'COMPLIANT'],
    ['notebook no key', SageMakerNotebookKmsKey, { kmsKey: false }, 'NON_COMPLIANT'],
    ['notebook key open', SageMakerNotebookKmsKey, { kmsKey: open }, 'INSUFFICIENT_DATA'],
    ['in vpc', SageMakerNotebookInVpc, { subnet: true }, 'COMPLIANT'],
    ['no vpc', SageMakerNotebookInVpc, { subnet: false }, 'NON_COMPLIANT'],
    ['vpc open', SageMakerNotebookInVpc, { subnet: open }, 'INSUFFICIENT_DATA'],
    ['internet disabled', SageMakerNotebookNoDirectInternet, { directInternet: 'Disabled' }, 'COMPLIANT'],
    ['internet by default', SageMakerNotebookNoDirectInternet, { directInternet: undefined }, 'NON_COMPLIANT'],
    ['internet open', SageMakerNotebookNoDirectInternet, { directInternet: open }, 'INSUFFICIENT_DATA'],
    ['root disabled', SageMakerNotebookRootAccessDisabled, { rootAccess: 'Disabled' }, 'COMPLIANT'],
    ['root enabled', SageMakerNotebookRootAccessDisabled, { rootAccess: 'Enabled' }, 'NON_COMPLIANT'],
    ['root open', SageMakerNotebookRootAccessDisabled, { rootAccess: open }, 'INSUFFICIENT_DATA'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
