import { VpcInternetRoutesCrossFirewall as rule } from '../../../rules/ec2/VpcInternetRoutesCrossFirewall';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';
import { firewalledVpc, props } from './firewalled-vpc';

describe('VpcInternetRoutesCrossFirewall', () => {
  it('passes when only the firewall subnet routes to the gateway and the edge table covers the public subnet', () => {
    expect(statusOf(rule, 'Vpc', template(firewalledVpc()))).toBe('COMPLIANT');
  });

  it('passes when the edge route covers the subnet with a wider CIDR', () => {
    const r = firewalledVpc();
    props(r, 'EdgeToPub').DestinationCidrBlock = '10.0.0.0/16';
    expect(statusOf(rule, 'Vpc', template(r))).toBe('COMPLIANT');
  });

  it('is not applicable without a firewall in the VPC', () => {
    const r = firewalledVpc();
    delete r.Firewall;
    expect(statusOf(rule, 'Vpc', template(r))).toBe('NOT_APPLICABLE');
  });

  it('fails when a workload subnet routes straight to the internet gateway', () => {
    const r = firewalledVpc();
    props(r, 'PubDefault').GatewayId = { Ref: 'Igw' };
    delete props(r, 'PubDefault').VpcEndpointId;
    const found = resultOf(rule, 'Vpc', template(r));
    expect(found.status).toBe('NON_COMPLIANT');
    expect(found.message).toContain('PubSubnet routes to the internet gateway directly (PubDefault)');
  });

  it('fails when no edge route table is associated with the internet gateway', () => {
    const r = firewalledVpc();
    delete r.EdgeAssoc;
    const found = resultOf(rule, 'Vpc', template(r));
    expect(found.status).toBe('NON_COMPLIANT');
    expect(found.message).toContain('no edge route table');
  });

  it('fails when the edge table does not cover a protected subnet', () => {
    const r = firewalledVpc();
    props(r, 'EdgeToPub').DestinationCidrBlock = '10.0.2.0/24';
    const found = resultOf(rule, 'Vpc', template(r));
    expect(found.status).toBe('NON_COMPLIANT');
    expect(found.message).toContain('inbound traffic for PubSubnet (10.0.1.0/24)');
  });

  it('needs review when the edge route’s endpoint is a parameter', () => {
    const r = firewalledVpc();
    props(r, 'EdgeToPub').VpcEndpointId = PARAM;
    expect(statusOf(rule, 'Vpc', template({ Parameters: PARAMETERS, Resources: r }))).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when the firewall subnet is a parameter', () => {
    const r = firewalledVpc();
    props(r, 'Firewall').SubnetMappings = [{ SubnetId: PARAM }];
    expect(statusOf(rule, 'Vpc', template({ Parameters: PARAMETERS, Resources: r }))).toBe('INSUFFICIENT_DATA');
  });
});
