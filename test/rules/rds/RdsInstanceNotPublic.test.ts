import { RdsInstanceNotPublic as rule } from '../../../rules/rds/RdsInstanceNotPublic';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const network = (withGateway: boolean) => ({
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24' } },
  Group: { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: 'db', SubnetIds: [{ Ref: 'Subnet' }] } },
  ...(withGateway
    ? {
        Igw: { Type: 'AWS::EC2::InternetGateway' },
        Attach: {
          Type: 'AWS::EC2::VPCGatewayAttachment',
          Properties: { VpcId: { Ref: 'Vpc' }, InternetGatewayId: { Ref: 'Igw' } },
        },
      }
    : {}),
});

const db = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({ Parameters: PARAMETERS, Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: props }, ...extra } });

describe('RdsInstanceNotPublic', () => {
  it('passes when PubliclyAccessible is false', () =>
    expect(statusOf(rule, 'Db', db({ PubliclyAccessible: false }))).toBe('COMPLIANT'));
  it('passes when unset in a VPC without an internet gateway', () => {
    expect(statusOf(rule, 'Db', db({ DBSubnetGroupName: { Ref: 'Group' } }, network(false)))).toBe('COMPLIANT');
  });

  it('fails when PubliclyAccessible is true', () =>
    expect(statusOf(rule, 'Db', db({ PubliclyAccessible: 'true' }))).toBe('NON_COMPLIANT'));
  it('fails when unset without a subnet group (default VPC)', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('fails when unset in a VPC with an internet gateway', () => {
    expect(statusOf(rule, 'Db', db({ DBSubnetGroupName: { Ref: 'Group' } }, network(true)))).toBe('NON_COMPLIANT');
  });

  it('needs review when PubliclyAccessible is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ PubliclyAccessible: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when unset and the subnet group is outside the template', () => {
    expect(statusOf(rule, 'Db', db({ DBSubnetGroupName: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
