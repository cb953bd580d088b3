import { SecurityGroupIngressDescribed as rule } from '../../../rules/ec2/SecurityGroupIngressDescribed';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const rule443 = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' };
const group = (ingress: unknown[], extra = {}) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'x'] } },
    Resources: {
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: ingress } },
      ...extra,
    },
  });

describe('SecurityGroupIngressDescribed', () => {
  it('passes when every rule has a description', () => {
    expect(statusOf(rule, 'Sg', group([{ ...rule443, Description: 'public HTTPS, CHG-1234' }]))).toBe('COMPLIANT');
  });
  it('needs review when the description comes from a parameter that may be empty', () => {
    expect(statusOf(rule, 'Sg', group([{ ...rule443, Description: PARAM }]))).toBe('INSUFFICIENT_DATA');
  });
  it('passes when the description comes from a parameter that cannot be empty', () => {
    const t = template({
      Parameters: { Why: { Type: 'String', MinLength: 1 } },
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ ...rule443, Description: { Ref: 'Why' } }] },
        },
      },
    });
    expect(statusOf(rule, 'Sg', t)).toBe('COMPLIANT');
  });
  it('fails when an inline rule has no description', () => {
    const r = resultOf(rule, 'Sg', group([{ ...rule443, Description: 'ok' }, rule443]));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('ingress #2');
  });
  it('fails when a standalone ingress has no description', () => {
    const t = group([], { In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Sg' }, ...rule443 } } });
    expect(resultOf(rule, 'Sg', t).message).toContain('In');
  });
  it('fails by cases when the description may be removed by a condition', () => {
    expect(
      statusOf(rule, 'Sg', group([{ ...rule443, Description: { 'Fn::If': ['Maybe', 'x', { Ref: 'AWS::NoValue' }] } }])),
    ).toBe('NON_COMPLIANT');
  });
});
