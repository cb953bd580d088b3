import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly directInternet: Maybe<string>;
}

export const SageMakerNotebookNoDirectInternet = defineRule<Facts>({
  id: 'SageMakerNotebookNoDirectInternet',
  title: 'SageMaker notebook instances have no direct internet access',
  description:
    'With direct internet access the notebook reaches the internet through SageMaker’s own network, around the VPC boundary firewall and its egress controls: a data exfiltration path.',
  severity: 'error',
  controls: {
    ncscCsp: ['11', '2'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS',
  remediation:
    'Set DirectInternetAccess: Disabled with a SubnetId and SecurityGroupIds, routing egress through the VPC’s firewall or endpoints.',
  template: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (notebook) => ({ directInternet: asString(notebook.get('DirectInternetAccess')) }),
  },
  configItem: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (item) => ({ directInternet: asString(valueAt(item.configuration, 'DirectInternetAccess')) }),
  },
  evaluate({ directInternet }) {
    if (isUnknown(directInternet)) return needsReview(`DirectInternetAccess is not known: ${directInternet.reason}`);
    if (directInternet === 'Disabled') return pass('direct internet access is disabled');
    // DirectInternetAccess defaults to Enabled.
    return fail(
      directInternet === undefined
        ? 'DirectInternetAccess is not set, so it is Enabled'
        : `DirectInternetAccess is ${String(directInternet)}`,
    );
  },
});
