import { configItem } from '../harness';

/** Auto Scaling resources as Config records them (the API's lowerCamelCase names). */
export const ITEMS = [
  configItem('AWS::AutoScaling::AutoScalingGroup', {
    autoScalingGroupName: 'g',
    availabilityZones: ['eu-west-2a', 'eu-west-2b'],
    loadBalancerNames: [],
    targetGroupARNs: ['arn:aws:elasticloadbalancing:eu-west-2:111122223333:targetgroup/t/1'],
    healthCheckType: 'ELB',
    launchTemplate: { launchTemplateId: 'lt-1', version: '$Latest' },
    mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: 'lt-1' } } },
    launchConfigurationName: 'lc',
  }),
  configItem('AWS::AutoScaling::LaunchConfiguration', {
    launchConfigurationName: 'lc',
    associatePublicIpAddress: false,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
  }),
];
