import { Ec2InstanceProfileAttached as rule } from '../../../rules/ec2/Ec2InstanceProfileAttached';
import { corpusItems } from '../corpus-items';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const t = (instance: Record<string, unknown>, ltData: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'x'] } },
    Resources: {
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: ltData } },
      Profile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: ['r'] } },
      I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...instance } },
    },
  });

describe('Ec2InstanceProfileAttached', () => {
  it('passes with an instance profile reference', () =>
    expect(statusOf(rule, 'I', t({ IamInstanceProfile: { Ref: 'Profile' } }))).toBe('COMPLIANT'));
  it('passes with a profile from the launch template', () => {
    expect(
      statusOf(
        rule,
        'I',
        t({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } }, { IamInstanceProfile: { Name: 'p' } }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails without an instance profile', () => expect(statusOf(rule, 'I', t({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when the profile may be removed by a condition', () => {
    expect(statusOf(rule, 'I', t({ IamInstanceProfile: { 'Fn::If': ['Maybe', 'p', { Ref: 'AWS::NoValue' }] } }))).toBe(
      'NON_COMPLIANT',
    );
  });
});

describe('Ec2InstanceProfileAttached on the instance item', () => {
  const item = (configuration: Record<string, unknown>) =>
    configItem('AWS::EC2::Instance', { instanceId: 'i-1', ...configuration });
  it('passes an instance with a profile, and fails one without, as the template does', () => {
    expect([
      statusOf(rule, 'I', t({ IamInstanceProfile: { Ref: 'Profile' } })),
      statusOfItem(rule, item({ iamInstanceProfile: { arn: 'arn:aws:iam::111122223333:instance-profile/p', id: 'AIPA1' } })),
    ]).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect([statusOf(rule, 'I', t({})), statusOfItem(rule, item({ iamInstanceProfile: null }))]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
  });
  it.each(corpusItems('AWS::EC2::Instance').map((c) => [c.file, c.item] as const))('decides the real item %s', (_file, real) =>
    expect(statusOfItem(rule, real)).toBe(real.configuration.iamInstanceProfile ? 'COMPLIANT' : 'NON_COMPLIANT'),
  );
});
