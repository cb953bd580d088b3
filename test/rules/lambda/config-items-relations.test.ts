import { decide } from '../../../lib/engine/rule';
import { LambdaConcurrencyLimit } from '../../../rules/lambda/LambdaConcurrencyLimit';
import { LambdaVpcMultiAz } from '../../../rules/lambda/LambdaVpcMultiAz';
import { configItem, itemScope, statusOf, statusOfItem, template } from '../harness';

const fn = (properties: Record<string, unknown>) =>
  template({
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: { Role: 'r', Handler: 'index.handler', Runtime: 'nodejs22.x', Code: { ZipFile: 'x' }, ...properties },
    },
  });

describe('LambdaConcurrencyLimit: a template and a configuration item agree', () => {
  it.each([
    [
      'a reserved concurrency',
      { ReservedConcurrentExecutions: 5 },
      { Concurrency: { reservedConcurrentExecutions: 5 } },
      'COMPLIANT',
    ],
    ['no reserved concurrency', {}, {}, 'NON_COMPLIANT'],
  ])('%s', (_, properties, supplementaryConfiguration, status) => {
    const item = configItem(
      'AWS::Lambda::Function',
      { functionName: 'f', runtime: 'nodejs22.x' },
      { supplementaryConfiguration },
    );
    expect([statusOf(LambdaConcurrencyLimit, 'Fn', fn(properties)), statusOfItem(LambdaConcurrencyLimit, item)]).toEqual([
      status,
      status,
    ]);
  });
});

describe('LambdaVpcMultiAz: zones from the subnets of the template and of the scan agree', () => {
  const subnet = (zone: string) => ({
    Type: 'AWS::EC2::Subnet',
    Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', AvailabilityZone: zone },
  });
  const subnetItem = (id: string, zone: string) =>
    configItem('AWS::EC2::Subnet', { subnetId: id, availabilityZone: zone }, { resourceId: id });
  const withSubnets = (zones: string[]) =>
    template({
      ...Object.fromEntries(zones.map((z, i) => [`S${i}`, subnet(z)])),
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Role: 'r',
          Handler: 'h',
          Runtime: 'nodejs22.x',
          Code: { ZipFile: 'x' },
          VpcConfig: { SubnetIds: zones.map((_, i) => ({ Ref: `S${i}` })), SecurityGroupIds: ['sg'] },
        },
      },
    });
  const itemIn = (zones: string[]) =>
    configItem('AWS::Lambda::Function', {
      functionName: 'f',
      vpcConfig: { subnetIds: zones.map((_, i) => `subnet-${i}`), securityGroupIds: ['sg'] },
    });
  const subnets = (zones: string[]) => zones.map((z, i) => subnetItem(`subnet-${i}`, z));

  it.each([
    ['two zones', ['eu-west-2a', 'eu-west-2b'], 'COMPLIANT'],
    ['one zone', ['eu-west-2a', 'eu-west-2a'], 'NON_COMPLIANT'],
  ])('%s', (_, zones, status) => {
    expect([
      statusOf(LambdaVpcMultiAz, 'Fn', withSubnets(zones)),
      statusOfItem(LambdaVpcMultiAz, itemIn(zones), subnets(zones)),
    ]).toEqual([status, status]);
  });

  it('a function outside any VPC is not applicable from both', () => {
    expect([
      statusOf(LambdaVpcMultiAz, 'Fn', fn({})),
      statusOfItem(LambdaVpcMultiAz, configItem('AWS::Lambda::Function', { functionName: 'f' })),
    ]).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
  });

  it('needs review when the subnets are not in the scan, or their type is not recorded', () => {
    const zones = ['eu-west-2a', 'eu-west-2a'];
    expect(statusOfItem(LambdaVpcMultiAz, itemIn(zones))).toBe('INSUFFICIENT_DATA');
    const scope = itemScope([itemIn(zones)], ['AWS::Lambda::Function']);
    const verdict = decide(LambdaVpcMultiAz, () => LambdaVpcMultiAz.adapters.configItem!.facts(itemIn(zones), scope));
    expect(verdict.status).toBe('INSUFFICIENT_DATA');
    expect(verdict.message).toContain('AWS::EC2::Subnet is not recorded');
    // As in a template whose subnets come from elsewhere.
    const outside = fn({ VpcConfig: { SubnetIds: ['subnet-0', 'subnet-1'], SecurityGroupIds: ['sg'] } });
    expect(statusOf(LambdaVpcMultiAz, 'Fn', outside)).toBe('INSUFFICIENT_DATA');
  });
});
