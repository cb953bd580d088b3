import { Ec2NoKeyPair as rule } from '../../../rules/ec2/Ec2NoKeyPair';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const t = (instance: Record<string, unknown>, ltData: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: ltData } },
      I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...instance } },
    },
  });

describe('Ec2NoKeyPair', () => {
  it('passes an instance without a key pair', () => expect(statusOf(rule, 'I', t({}))).toBe('COMPLIANT'));
  it('passes a launch template without a key pair', () => expect(statusOf(rule, 'Lt', t({}))).toBe('COMPLIANT'));
  it('fails an instance with KeyName', () => expect(statusOf(rule, 'I', t({ KeyName: 'ops' }))).toBe('NON_COMPLIANT'));
  it('fails an instance whose launch template names a key', () => {
    expect(
      statusOf(rule, 'I', t({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } }, { KeyName: 'ops' })),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when KeyName is a string parameter, which may be empty (no key pair)', () =>
    expect(statusOf(rule, 'I', t({ KeyName: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails when KeyName is a key pair parameter (a key is always named)', () => {
    const body = JSON.parse(JSON.stringify(t({ KeyName: { Ref: 'Key' } }).body));
    body.Parameters.Key = { Type: 'AWS::EC2::KeyPair::KeyName' };
    expect(statusOf(rule, 'I', template(body))).toBe('NON_COMPLIANT');
  });
  it('needs review when the instance’s launch template is a parameter', () => {
    expect(statusOf(rule, 'I', t({ LaunchTemplate: { LaunchTemplateId: PARAM, Version: '1' } }))).toBe('INSUFFICIENT_DATA');
  });
});
