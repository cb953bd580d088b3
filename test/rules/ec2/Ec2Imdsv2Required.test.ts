import { Ec2Imdsv2Required as rule } from '../../../rules/ec2/Ec2Imdsv2Required';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const lt = (options?: Record<string, unknown>) => ({
  Lt: {
    Type: 'AWS::EC2::LaunchTemplate',
    Properties: { LaunchTemplateName: 'web', LaunchTemplateData: options ? { MetadataOptions: options } : {} },
  },
});
const withInstance = (resources: Record<string, unknown>, launchTemplate?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      ...resources,
      I: {
        Type: 'AWS::EC2::Instance',
        Properties: { ImageId: 'ami-1', ...(launchTemplate ? { LaunchTemplate: launchTemplate } : {}) },
      },
    } as never,
  });

describe('Ec2Imdsv2Required', () => {
  it('passes a launch template that requires tokens', () =>
    expect(statusOf(rule, 'Lt', withInstance(lt({ HttpTokens: 'required' })))).toBe('COMPLIANT'));
  it('passes an instance whose launch template requires tokens', () => {
    const t = withInstance(lt({ HttpTokens: 'required' }), { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' });
    expect(statusOf(rule, 'I', t)).toBe('COMPLIANT');
  });
  it('passes an instance that names its launch template', () => {
    expect(statusOf(rule, 'I', withInstance(lt({ HttpTokens: 'required' }), { LaunchTemplateName: 'web', Version: '1' }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes when the metadata endpoint is disabled', () =>
    expect(statusOf(rule, 'Lt', withInstance(lt({ HttpEndpoint: 'disabled' })))).toBe('COMPLIANT'));
  it('fails an instance without a launch template', () => expect(statusOf(rule, 'I', withInstance({}))).toBe('NON_COMPLIANT'));
  it('fails a launch template with optional tokens', () =>
    expect(statusOf(rule, 'Lt', withInstance(lt({ HttpTokens: 'optional' })))).toBe('NON_COMPLIANT'));
  it('fails a launch template without metadata options', () =>
    expect(statusOf(rule, 'Lt', withInstance(lt()))).toBe('NON_COMPLIANT'));
  it('needs review when HttpTokens is a parameter', () =>
    expect(statusOf(rule, 'Lt', withInstance(lt({ HttpTokens: PARAM })))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the instance’s launch template is a parameter', () => {
    expect(statusOf(rule, 'I', withInstance({}, { LaunchTemplateId: PARAM, Version: '1' }))).toBe('INSUFFICIENT_DATA');
  });
});
