import { Tri, hasProperty, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly launchTemplate: Tri;
  readonly mixedInstancesTemplate: Tri;
  readonly launchConfiguration: Tri;
}

export const AutoScalingGroupLaunchTemplate = defineRule<Facts>({
  id: 'AutoScalingGroupLaunchTemplate',
  title: 'Auto Scaling groups use launch templates',
  description:
    'Launch configurations are deprecated: they get no new instance types or features (IMDSv2 defaults, latest AMIs through SSM parameters) and cannot be created in new accounts.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.1'],
    tenSteps: ['vulnerability-management', 'architecture-and-configuration'],
    cyberEssentials: ['secure-configuration'],
  },
  configRule: 'AUTOSCALING_LAUNCH_TEMPLATE',
  remediation:
    'Replace LaunchConfigurationName with LaunchTemplate (or MixedInstancesPolicy.LaunchTemplate); CDK uses a launch template when given launchTemplate.',
  template: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    facts: (group) => ({
      launchTemplate: hasProperty(group, 'LaunchTemplate'),
      mixedInstancesTemplate: hasProperty(group, 'MixedInstancesPolicy.LaunchTemplate'),
      launchConfiguration: hasProperty(group, 'LaunchConfigurationName'),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    facts: ({ configuration: c }) => ({
      launchTemplate: isSet(c.launchTemplate),
      mixedInstancesTemplate: isSet(valueAt(c, 'mixedInstancesPolicy.launchTemplate')),
      launchConfiguration: isSet(c.launchConfigurationName),
    }),
  },
  evaluate({ launchTemplate, mixedInstancesTemplate, launchConfiguration }) {
    if (launchTemplate === true || mixedInstancesTemplate === true)
      return pass(
        'the group uses a launch template',
        [launchTemplate, mixedInstancesTemplate, launchConfiguration].filter(isUnknown),
      );
    for (const v of [launchTemplate, mixedInstancesTemplate, launchConfiguration]) {
      if (isUnknown(v)) return needsReview(`the group's launch source is not known: ${v.reason}`);
    }
    if (launchConfiguration) return fail('the group uses a launch configuration');
    return fail('the group names no launch template (it is created from an instance or a launch configuration)');
  },
});
