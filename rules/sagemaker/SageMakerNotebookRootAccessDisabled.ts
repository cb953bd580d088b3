import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly rootAccess: Maybe<string>;
}

export const SageMakerNotebookRootAccessDisabled = defineRule<Facts>({
  id: 'SageMakerNotebookRootAccessDisabled',
  title: 'SageMaker notebook users do not have root access',
  description:
    'Root on a notebook instance lets a user change its software and network settings and read other users’ files: administrative access given to every data scientist.',
  severity: 'warning',
  controls: { ncscCsp: ['9', '12'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation: 'Set RootAccess: Disabled and install software through lifecycle configurations.',
  template: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (notebook) => ({ rootAccess: asString(notebook.get('RootAccess')) }),
  },
  configItem: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (item) => ({ rootAccess: asString(valueAt(item.configuration, 'RootAccess')) }),
  },
  evaluate({ rootAccess }) {
    if (isUnknown(rootAccess)) return needsReview(`RootAccess is not known: ${rootAccess.reason}`);
    if (rootAccess === 'Disabled') return pass('root access is disabled');
    // RootAccess defaults to Enabled.
    return fail(rootAccess === undefined ? 'RootAccess is not set, so it is Enabled' : `RootAccess is ${String(rootAccess)}`);
  },
});
