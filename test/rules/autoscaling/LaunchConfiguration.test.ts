import { AutoScalingLaunchConfigImdsv2 } from '../../../rules/autoscaling/AutoScalingLaunchConfigImdsv2';
import { AutoScalingLaunchConfigNoPublicIp } from '../../../rules/autoscaling/AutoScalingLaunchConfigNoPublicIp';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const lc = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Lc: { Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...props } },
    },
  });

describe('AutoScalingLaunchConfigImdsv2', () => {
  const rule = AutoScalingLaunchConfigImdsv2;
  it('passes when tokens are required', () =>
    expect(statusOf(rule, 'Lc', lc({ MetadataOptions: { HttpTokens: 'required' } }))).toBe('COMPLIANT'));
  it('fails when tokens are optional by default', () => expect(statusOf(rule, 'Lc', lc({}))).toBe('NON_COMPLIANT'));
  it('needs review when HttpTokens is a parameter', () =>
    expect(statusOf(rule, 'Lc', lc({ MetadataOptions: { HttpTokens: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});

describe('AutoScalingLaunchConfigNoPublicIp', () => {
  const rule = AutoScalingLaunchConfigNoPublicIp;
  it('passes when public IPs are disabled', () =>
    expect(statusOf(rule, 'Lc', lc({ AssociatePublicIpAddress: false }))).toBe('COMPLIANT'));
  it('fails when public IPs are enabled', () =>
    expect(statusOf(rule, 'Lc', lc({ AssociatePublicIpAddress: true }))).toBe('NON_COMPLIANT'));
  it('fails when left to the subnet default', () => expect(statusOf(rule, 'Lc', lc({}))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Lc', lc({ AssociatePublicIpAddress: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
