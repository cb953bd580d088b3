import { VpcFlowLogsEnabled as rule } from '../../../rules/ec2/VpcFlowLogsEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const vpcWithLog = (trafficType: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      Log: {
        Type: 'AWS::EC2::FlowLog',
        Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: trafficType },
      },
    },
  });

describe('VpcFlowLogsEnabled', () => {
  it('passes with a flow log of ALL traffic', () => {
    expect(statusOf(rule, 'Vpc', vpcWithLog('ALL'))).toBe('COMPLIANT');
  });
  it('fails with no flow log', () => {
    expect(statusOf(rule, 'Vpc', template({ Vpc: { Type: 'AWS::EC2::VPC' } }))).toBe('NON_COMPLIANT');
  });
  it('fails when only rejected traffic is logged', () => {
    expect(statusOf(rule, 'Vpc', vpcWithLog('REJECT'))).toBe('NON_COMPLIANT');
  });
  it('needs review when the traffic type is a parameter', () => {
    expect(statusOf(rule, 'Vpc', vpcWithLog(PARAM))).toBe('INSUFFICIENT_DATA');
  });
});
