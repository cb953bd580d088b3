import { Ec2LaunchTemplateNoPublicIp as rule } from '../../../rules/ec2/Ec2LaunchTemplateNoPublicIp';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const lt = (data: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } },
  });

describe('Ec2LaunchTemplateNoPublicIp', () => {
  it('passes without network interfaces', () => expect(statusOf(rule, 'Lt', lt({ ImageId: 'ami-1' }))).toBe('COMPLIANT'));
  it('passes when interfaces do not associate public IPs', () => {
    expect(statusOf(rule, 'Lt', lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails when an interface associates a public IP', () => {
    expect(statusOf(rule, 'Lt', lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }] }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when AssociatePublicIpAddress is a parameter', () => {
    expect(statusOf(rule, 'Lt', lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: PARAM }] }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
