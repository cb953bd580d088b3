import { Ec2TransitGatewayAutoAcceptDisabled as rule } from '../../../rules/ec2/Ec2TransitGatewayAutoAcceptDisabled';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

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

describe('Ec2TransitGatewayAutoAcceptDisabled on the transit gateway item', () => {
  const item = (configuration: Record<string, unknown>) =>
    configItem('AWS::EC2::TransitGateway', { Id: 'tgw-1', DefaultRouteTableAssociation: 'disable', ...configuration });
  it.each([
    ['disabled', 'disable', 'COMPLIANT'],
    ['enabled', 'enable', 'NON_COMPLIANT'],
  ])('%s: the template and the item agree', (_name, value, expected) =>
    expect([
      statusOf(rule, 'Tgw', tgw({ AutoAcceptSharedAttachments: value })),
      statusOfItem(rule, item({ AutoAcceptSharedAttachments: value })),
    ]).toEqual([expected, expected]),
  );
  it('is undecided when the item does not record the setting, where the template default passes', () =>
    expect(statusOfItem(rule, item({}))).toBe('INSUFFICIENT_DATA'));
});
