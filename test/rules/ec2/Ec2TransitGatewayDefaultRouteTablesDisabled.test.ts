import { Ec2TransitGatewayDefaultRouteTablesDisabled as rule } from '../../../rules/ec2/Ec2TransitGatewayDefaultRouteTablesDisabled';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

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
