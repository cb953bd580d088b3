import { Maybe, asBoolean, existing, listOf, relatedResource } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { clusterOf } from './engine';
import { value } from './item';

/** Where an instance without PubliclyAccessible lands, which decides RDS's default. */
type Network = 'default-vpc' | 'vpc-with-internet-gateway' | 'vpc-without-internet-gateway';

interface Facts {
  readonly publiclyAccessible: Maybe<boolean>;
  /** Only read when PubliclyAccessible is not written. */
  readonly network?: Network | Unknown;
}

export const RdsInstanceNotPublic = defineRule<Facts>({
  id: 'RdsInstanceNotPublic',
  title: 'RDS DB instances are not publicly accessible',
  description:
    'A publicly accessible instance gets a public DNS name and address, so the database listener is one security-group mistake away from the internet.',
  severity: 'error',
  controls: {
    ncscCsp: ['2', '11'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'RDS_INSTANCE_PUBLIC_ACCESS_CHECK',
  remediation:
    'Set PubliclyAccessible: false and place the instance in private subnets (CDK: publiclyAccessible: false, vpcSubnets: { subnetType: SubnetType.PRIVATE_ISOLATED }).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts(db, { index }) {
      const publiclyAccessible = asBoolean(db.get('PubliclyAccessible'));
      if (publiclyAccessible !== undefined) return { publiclyAccessible };
      return { publiclyAccessible, network: networkOf(db, index) };
    },
  },
  // The instance records what RDS decided, so the network behind the default is not needed.
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ publiclyAccessible: asBoolean(value(db, 'publiclyAccessible')) }),
  },
  evaluate({ publiclyAccessible, network }) {
    if (isUnknown(publiclyAccessible))
      return needsReview(`whether the instance is publicly accessible is not known: ${publiclyAccessible.reason}`);
    if (publiclyAccessible === true) return fail('the instance is publicly accessible');
    if (publiclyAccessible === false) return pass('the instance is not publicly accessible');
    // RDS's default depends on the network: public whenever the VPC has an internet gateway.
    if (isUnknown(network))
      return needsReview(
        `public accessibility is not set and its default depends on the VPC, which is not known: ${network.reason}`,
      );
    if (network === 'default-vpc') {
      return fail(
        'public accessibility is not set and without a DB subnet group the instance goes in the default VPC, whose internet gateway makes it public',
      );
    }
    if (network === 'vpc-with-internet-gateway') {
      return fail(
        'public accessibility is not set and the subnet group’s VPC has an internet gateway, so RDS makes the instance public',
      );
    }
    return pass(
      'public accessibility is not set and the subnet group’s VPC has no internet gateway, so RDS keeps the instance private',
    );
  },
});

function networkOf(db: TemplateResource, index: TemplateIndex): Network | Unknown {
  let subnetGroupName = db.get('DBSubnetGroupName');
  if (subnetGroupName === undefined) {
    // An Aurora member sits in its cluster's subnet group.
    const cluster = clusterOf(db, index);
    if (isUnknown(cluster)) return cluster;
    if (cluster) subnetGroupName = cluster.get('DBSubnetGroupName');
  }
  if (subnetGroupName === undefined || subnetGroupName === '') return 'default-vpc';
  const group = relatedResource(subnetGroupName, index, 'AWS::RDS::DBSubnetGroup', 'DBSubnetGroupName');
  if (group === undefined) return 'default-vpc';
  if (isUnknown(group)) return group;
  const subnetIds = listOf(group.get('SubnetIds'));
  if (isUnknown(subnetIds)) return subnetIds;
  const vpcs = new Set<TemplateResource>();
  for (const id of subnetIds) {
    const subnet = index.target(id);
    const vpc = subnet?.type === 'AWS::EC2::Subnet' ? index.target(subnet.get('VpcId')) : undefined;
    if (!vpc || vpc.type !== 'AWS::EC2::VPC')
      return new Unknown(`subnet group ${group.logicalId} uses subnets outside this template`);
    vpcs.add(vpc);
  }
  if (vpcs.size === 0) return new Unknown(`subnet group ${group.logicalId} lists no subnets`);
  for (const vpc of vpcs) {
    const gateways = existing(index.referrers(vpc, 'AWS::EC2::VPCGatewayAttachment', 'VpcId'), index).filter(
      (a) => a.get('InternetGatewayId') !== undefined,
    );
    if (gateways.length) return 'vpc-with-internet-gateway';
  }
  return 'vpc-without-internet-gateway';
}
