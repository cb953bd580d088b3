import { Maybe, asString, existing, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { lower } from './text';

interface Facts {
  /** Traffic type of each flow log attached to the VPC: `all`, `accept` or `reject`. */
  readonly trafficTypes: Array<Maybe<string>> | Unknown;
}

const FLOW_LOG = 'AWS::EC2::FlowLog';

export const VpcFlowLogsEnabled = defineRule<Facts>({
  id: 'VpcFlowLogsEnabled',
  title: 'Every VPC records flow logs of all traffic',
  description:
    'Flow logs are the raw record of who talked to whom; without them anomalous traffic can be neither detected nor investigated (Internet First: detection and reporting of anomalous traffic).',
  severity: 'error',
  controls: { ncscCsp: ['5.2', '13.1'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'VPC_FLOW_LOGS_ENABLED',
  remediation: 'Add an AWS::EC2::FlowLog with ResourceType VPC and TrafficType ALL (CDK: vpc.addFlowLog).',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const trafficTypes = existing(index.referrers(vpc, 'AWS::EC2::FlowLog', 'ResourceId'), index).map((log) =>
        lower(asString(log.get('TrafficType'))),
      );
      return { trafficTypes };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    looksUp: ['AWS::EC2::FlowLog'],
    facts(vpc, scope) {
      if (!scope.records(FLOW_LOG))
        return { trafficTypes: new Unknown('flow logs (AWS::EC2::FlowLog) are not recorded in this account-region') };
      const vpcId = asString(recorded(vpc.configuration, 'vpcId')) ?? vpc.resourceId;
      if (isUnknown(vpcId)) return { trafficTypes: vpcId };
      const trafficTypes = scope
        .ofType(FLOW_LOG)
        .filter((log) => log.configuration.resourceId === vpcId)
        .map((log) => lower(asString(recorded(log.configuration, 'trafficType'))));
      return { trafficTypes };
    },
  },
  evaluate({ trafficTypes }) {
    if (isUnknown(trafficTypes)) return needsReview(`the VPC’s flow logs are not known: ${trafficTypes.reason}`);
    if (trafficTypes.includes('all')) return pass('a flow log records all traffic', trafficTypes.filter(isUnknown));
    const unknownType = trafficTypes.find(isUnknown);
    if (unknownType) return needsReview(`flow log traffic type is not known: ${unknownType.reason}`);
    if (trafficTypes.length) return fail(`flow logs record only ${trafficTypes.join(', ')} traffic, not all of it`);
    return fail('no flow log is attached to this VPC');
  },
});
