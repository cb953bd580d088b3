import { SecurityHubFoundationalStandardEnabled as rule } from '../../../rules/securityhub/SecurityHubFoundationalStandardEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const hub = (props: Record<string, unknown> = {}) => ({ Hub: { Type: 'AWS::SecurityHub::Hub', Properties: props } });
const standard = (arn: unknown) => ({ Fsbp: { Type: 'AWS::SecurityHub::Standard', Properties: { StandardsArn: arn } } });
const t = (resources: Record<string, unknown>) => template({ Parameters: PARAMETERS, Resources: resources as never });

describe('SecurityHubFoundationalStandardEnabled', () => {
  it('passes with the default standards', () => expect(statusOf(rule, 'Hub', t(hub()))).toBe('COMPLIANT'));
  it('passes with an explicit FSBP subscription built with Fn::Sub', () => {
    const arn = {
      'Fn::Sub': 'arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0',
    };
    expect(statusOf(rule, 'Hub', t({ ...hub({ EnableDefaultStandards: false }), ...standard(arn) }))).toBe('COMPLIANT');
  });
  it('fails when default standards are off and no FSBP standard is added', () => {
    const cis = 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0';
    expect(statusOf(rule, 'Hub', t({ ...hub({ EnableDefaultStandards: false }), ...standard(cis) }))).toBe('NON_COMPLIANT');
  });
  it('needs review when EnableDefaultStandards is a parameter', () => {
    expect(statusOf(rule, 'Hub', t(hub({ EnableDefaultStandards: PARAM })))).toBe('INSUFFICIENT_DATA');
  });
});
