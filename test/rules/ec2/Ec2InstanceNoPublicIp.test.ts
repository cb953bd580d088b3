import { Ec2InstanceNoPublicIp as rule } from '../../../rules/ec2/Ec2InstanceNoPublicIp';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const instance = (props: Record<string, unknown>, extra = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: { I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...props } }, ...extra },
  });
const subnet = (map: boolean) => ({
  Sn: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch: map } },
});

describe('Ec2InstanceNoPublicIp', () => {
  it('passes in a private template subnet', () =>
    expect(statusOf(rule, 'I', instance({ SubnetId: { Ref: 'Sn' } }, subnet(false)))).toBe('COMPLIANT'));
  it('passes when the interface opts out in a public subnet', () => {
    const nic = { DeviceIndex: '0', SubnetId: { Ref: 'Sn' }, AssociatePublicIpAddress: false };
    expect(statusOf(rule, 'I', instance({ NetworkInterfaces: [nic] }, subnet(true)))).toBe('COMPLIANT');
  });
  it('passes when the subnet comes from outside the template and no public IP is requested', () => {
    expect(statusOf(rule, 'I', instance({ SubnetId: 'subnet-123' }))).toBe('COMPLIANT');
  });
  it('fails when an interface requests a public IP', () => {
    expect(
      statusOf(
        rule,
        'I',
        instance({ NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: 'subnet-1', AssociatePublicIpAddress: true }] }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('fails in a template subnet that maps public IPs', () =>
    expect(statusOf(rule, 'I', instance({ SubnetId: { Ref: 'Sn' } }, subnet(true)))).toBe('NON_COMPLIANT'));
  it('needs review in the default VPC', () => expect(statusOf(rule, 'I', instance({}))).toBe('INSUFFICIENT_DATA'));
  it('needs review when AssociatePublicIpAddress is a parameter', () => {
    expect(
      statusOf(
        rule,
        'I',
        instance({ NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: 'subnet-1', AssociatePublicIpAddress: PARAM }] }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
