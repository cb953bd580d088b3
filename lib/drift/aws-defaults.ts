import { ConfigItem } from '../engine/config-item';
import { ConfigScopes } from '../sources/config';
import { cloudFormationTags } from './declared';

/**
 * Whether AWS (or `cdk bootstrap`) created an item rather than anyone's stack:
 * the default VPC with its subnets, internet gateway and route tables; every
 * VPC's default security group, default network ACL and main route table;
 * AWS-managed KMS keys and their aliases; service-linked roles; the DNS
 * Firewall domain lists AWS manages (they have a managed owner); the CDK
 * bootstrap stack; and AWS Config's own compliance records.
 */
export function isAwsDefault(item: ConfigItem, scopes: ConfigScopes): boolean {
  const c = item.configuration;
  const inDefaultVpc = (vpcId: unknown) =>
    typeof vpcId === 'string' &&
    scopes.scope(item.accountId, item.awsRegion).get('AWS::EC2::VPC', vpcId)?.configuration.isDefault === true;
  switch (item.resourceType) {
    case 'AWS::EC2::VPC':
      return c.isDefault === true;
    case 'AWS::EC2::Subnet':
      return c.defaultForAz === true || inDefaultVpc(c.vpcId);
    case 'AWS::EC2::SecurityGroup':
      return c.groupName === 'default' || inDefaultVpc(c.vpcId);
    case 'AWS::EC2::NetworkAcl':
      return c.isDefault === true || inDefaultVpc(c.vpcId);
    case 'AWS::EC2::RouteTable':
      return listOf(c.associations).some((a) => a.main === true) || inDefaultVpc(c.vpcId);
    case 'AWS::EC2::InternetGateway':
      return listOf(c.attachments).some((a) => inDefaultVpc(a.vpcId));
    case 'AWS::KMS::Key':
      return c.keyManager === 'AWS';
    case 'AWS::KMS::Alias':
      return /^alias\/aws\//.test(String(c.aliasName ?? item.resourceName ?? item.resourceId));
    case 'AWS::Route53Resolver::FirewallDomainList':
      return typeof c.ManagedOwnerName === 'string' && c.ManagedOwnerName !== '';
    case 'AWS::IAM::Role':
      return c.path === '/aws-service-role/' || /:role\/aws-service-role\//.test(item.arn ?? '');
  }
  if (item.resourceType.startsWith('AWS::Config::') && /Compliance$/.test(item.resourceType)) return true;
  return isCdkBootstrap(item);
}

/** What `cdk bootstrap` deploys: the CDKToolkit stack, and names with the bootstrap qualifier (`cdk-hnb659fds-…`). */
function isCdkBootstrap(item: ConfigItem): boolean {
  if (cloudFormationTags(item).stack === 'CDKToolkit') return true;
  const name = item.resourceName ?? item.resourceId;
  return (
    /^cdk-[a-z0-9]{1,10}-(assets|container-assets|deploy-role|cfn-exec-role|file-publishing-role|image-publishing-role|lookup-role)-/.test(
      name,
    ) || name.startsWith('/cdk-bootstrap/')
  );
}

function listOf(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}
