import { Rule } from '../../lib/engine/rule';
import { Ec2Imdsv2Required } from './Ec2Imdsv2Required';
import { Ec2InstanceNoPublicIp } from './Ec2InstanceNoPublicIp';
import { Ec2InstanceProfileAttached } from './Ec2InstanceProfileAttached';
import { Ec2LaunchTemplateNoPublicIp } from './Ec2LaunchTemplateNoPublicIp';
import { Ec2NoKeyPair } from './Ec2NoKeyPair';
import { Ec2RouteNoUnrestrictedRouteToIgw } from './Ec2RouteNoUnrestrictedRouteToIgw';
import { Ec2TransitGatewayAutoAcceptDisabled } from './Ec2TransitGatewayAutoAcceptDisabled';
import { Ec2TransitGatewayDefaultRouteTablesDisabled } from './Ec2TransitGatewayDefaultRouteTablesDisabled';
import { NetworkAclNoUnrestrictedSshRdp } from './NetworkAclNoUnrestrictedSshRdp';
import { SecurityGroupIngressDescribed } from './SecurityGroupIngressDescribed';
import { SecurityGroupNoPublicAdminPorts } from './SecurityGroupNoPublicAdminPorts';
import { SecurityGroupNoPublicSsh } from './SecurityGroupNoPublicSsh';
import { SecurityGroupOpenOnlyToAuthorizedPorts } from './SecurityGroupOpenOnlyToAuthorizedPorts';
import { SubnetNoAutoAssignPublicIp } from './SubnetNoAutoAssignPublicIp';
import { VpcDefaultSecurityGroupClosed } from './VpcDefaultSecurityGroupClosed';
import { VpcFlowLogsEnabled } from './VpcFlowLogsEnabled';
import { VpcInternetPathInspectedByNetworkFirewall } from './VpcInternetPathInspectedByNetworkFirewall';
import { VpcInternetRoutesCrossFirewall } from './VpcInternetRoutesCrossFirewall';

export const rules: Rule[] = [
  SecurityGroupNoPublicAdminPorts,
  SecurityGroupNoPublicSsh,
  SecurityGroupOpenOnlyToAuthorizedPorts,
  SecurityGroupIngressDescribed,
  VpcDefaultSecurityGroupClosed,
  VpcFlowLogsEnabled,
  VpcInternetPathInspectedByNetworkFirewall,
  VpcInternetRoutesCrossFirewall,
  NetworkAclNoUnrestrictedSshRdp,
  SubnetNoAutoAssignPublicIp,
  Ec2InstanceNoPublicIp,
  Ec2LaunchTemplateNoPublicIp,
  Ec2Imdsv2Required,
  Ec2NoKeyPair,
  Ec2InstanceProfileAttached,
  Ec2RouteNoUnrestrictedRouteToIgw,
  Ec2TransitGatewayAutoAcceptDisabled,
  Ec2TransitGatewayDefaultRouteTablesDisabled,
];
