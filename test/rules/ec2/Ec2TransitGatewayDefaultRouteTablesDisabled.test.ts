import { Ec2TransitGatewayDefaultRouteTablesDisabled as rule } from '../../../rules/ec2/Ec2TransitGatewayDefaultRouteTablesDisabled';
import { PARAM, PARAMETERS, configItem, resultOf, statusOf, statusOfItem, template } from '../harness';

const tgw = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Tgw: { Type: 'AWS::EC2::TransitGateway', Properties: props } } });

describe('Ec2TransitGatewayDefaultRouteTablesDisabled', () => {
  it('passes when both are disabled', () => {
    expect(statusOf(rule, 'Tgw', tgw({ DefaultRouteTableAssociation: 'disable', DefaultRouteTablePropagation: 'disable' }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails by default', () => {
    const r = resultOf(rule, 'Tgw', tgw({}));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('default route table propagation is on by default');
  });
  it('fails when propagation is enabled', () => {
    expect(statusOf(rule, 'Tgw', tgw({ DefaultRouteTableAssociation: 'disable', DefaultRouteTablePropagation: 'enable' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when a setting is a parameter', () => {
    expect(statusOf(rule, 'Tgw', tgw({ DefaultRouteTableAssociation: PARAM, DefaultRouteTablePropagation: 'disable' }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});

describe('Ec2TransitGatewayDefaultRouteTablesDisabled on the transit gateway item', () => {
  const item = (configuration: Record<string, unknown>) =>
    configItem('AWS::EC2::TransitGateway', { Id: 'tgw-1', ...configuration });
  it.each([
    ['both disabled', 'disable', 'disable', 'COMPLIANT'],
    ['association on', 'enable', 'disable', 'NON_COMPLIANT'],
    ['propagation on', 'disable', 'enable', 'NON_COMPLIANT'],
  ])('%s: the template and the item agree', (_name, association, propagation, expected) => {
    const settings = { DefaultRouteTableAssociation: association, DefaultRouteTablePropagation: propagation };
    expect([statusOf(rule, 'Tgw', tgw(settings)), statusOfItem(rule, item(settings))]).toEqual([expected, expected]);
  });
  it('is undecided when the item records neither', () => expect(statusOfItem(rule, item({}))).toBe('INSUFFICIENT_DATA'));
  it('fails when one recorded setting is on, whatever the other', () =>
    expect(statusOfItem(rule, item({ DefaultRouteTableAssociation: 'enable' }))).toBe('NON_COMPLIANT'));
});
