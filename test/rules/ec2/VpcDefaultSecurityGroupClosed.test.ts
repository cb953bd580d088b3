import { VpcDefaultSecurityGroupClosed as rule } from '../../../rules/ec2/VpcDefaultSecurityGroupClosed';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const defaultSg = { 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] };
const restrict = {
  Type: 'Custom::VpcRestrictDefaultSG',
  Properties: { ServiceToken: 'arn:x', DefaultSecurityGroupId: defaultSg, Account: '1' },
};

describe('VpcDefaultSecurityGroupClosed', () => {
  it('passes when CDK’s restrict-default-SG custom resource targets the VPC', () => {
    expect(statusOf(rule, 'Vpc', template({ Vpc: { Type: 'AWS::EC2::VPC' }, Restrict: restrict }))).toBe('COMPLIANT');
  });
  it('fails when nothing restricts the default group', () => {
    expect(statusOf(rule, 'Vpc', template({ Vpc: { Type: 'AWS::EC2::VPC' } }))).toBe('NON_COMPLIANT');
  });
  it('fails when a rule is added to the default group', () => {
    const t = template({
      Vpc: { Type: 'AWS::EC2::VPC' },
      Restrict: restrict,
      Open: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: defaultSg, IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0' },
      },
    });
    expect(statusOf(rule, 'Vpc', t)).toBe('NON_COMPLIANT');
  });
  it('fails by cases when the restriction depends on a parameter condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { Restricted: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { Vpc: { Type: 'AWS::EC2::VPC' }, Restrict: { ...restrict, Condition: 'Restricted' } },
    });
    expect(statusOf(rule, 'Vpc', t)).toBe('NON_COMPLIANT');
  });
});
