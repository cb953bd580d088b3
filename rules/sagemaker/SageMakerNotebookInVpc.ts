import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly subnet: Tri;
}

export const SageMakerNotebookInVpc = defineRule<Facts>({
  id: 'SageMakerNotebookInVpc',
  title: 'SageMaker notebook instances run in a VPC',
  description:
    'A notebook without a subnet runs in SageMaker’s network, outside your security groups, flow logs and boundary controls.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation: 'Set SubnetId (a private subnet) and SecurityGroupIds.',
  template: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (notebook) => ({ subnet: hasProperty(notebook, 'SubnetId') }),
  },
  configItem: {
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    facts: (item) => ({ subnet: isSet(valueAt(item.configuration, 'SubnetId')) }),
  },
  evaluate({ subnet }) {
    if (isUnknown(subnet)) return needsReview(`SubnetId is not known: ${subnet.reason}`);
    return subnet
      ? pass('the notebook runs in a VPC subnet')
      : fail('SubnetId is not set, so the notebook runs outside your VPC');
  },
});
