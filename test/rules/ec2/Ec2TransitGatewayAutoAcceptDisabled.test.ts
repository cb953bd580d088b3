import { Ec2TransitGatewayAutoAcceptDisabled as rule } from '../../../rules/ec2/Ec2TransitGatewayAutoAcceptDisabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const tgw = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Tgw: { Type: 'AWS::EC2::TransitGateway', Properties: props } } });

describe('Ec2TransitGatewayAutoAcceptDisabled', () => {
  it('passes by default', () => expect(statusOf(rule, 'Tgw', tgw({}))).toBe('COMPLIANT'));
  it('passes when disabled', () =>
    expect(statusOf(rule, 'Tgw', tgw({ AutoAcceptSharedAttachments: 'disable' }))).toBe('COMPLIANT'));
  it('fails when auto-accept is enabled', () =>
    expect(statusOf(rule, 'Tgw', tgw({ AutoAcceptSharedAttachments: 'enable' }))).toBe('NON_COMPLIANT'));
  it('needs review when the setting is a parameter', () =>
    expect(statusOf(rule, 'Tgw', tgw({ AutoAcceptSharedAttachments: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
