import { configItem } from '../harness';
import { firewalledVpcItems } from './firewalled-vpc';

/** EC2 and Network Firewall items as Config records them: the firewalled VPC, its default group, a launch template. */
export const ITEMS = [
  ...Object.values(firewalledVpcItems()),
  configItem('AWS::EC2::SecurityGroup', {
    groupName: 'default',
    groupId: 'sg-d',
    vpcId: 'vpc-1',
    ipPermissions: [],
    ipPermissionsEgress: [],
  }),
  configItem('AWS::EC2::LaunchTemplate', {
    LaunchTemplateName: 'lt',
    Id: 'lt-1',
    LaunchTemplateData: { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] },
    DefaultVersionNumber: '1',
    LatestVersionNumber: '1',
  }),
];
