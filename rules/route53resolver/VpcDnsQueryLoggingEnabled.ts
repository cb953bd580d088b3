import { or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { activeAssociations } from './associations';

const ASSOCIATION = 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation';

interface Facts {
  /** Whether a Resolver query logging configuration is associated with the VPC. */
  readonly queryLogging: boolean | Unknown;
}

export const VpcDnsQueryLoggingEnabled = defineRule<Facts>({
  id: 'VpcDnsQueryLoggingEnabled',
  title: 'VPCs log Route 53 Resolver DNS queries',
  description:
    'DNS query logs show which domains workloads look up: the first sign of malware beaconing or data exfiltration over DNS, and evidence for an investigation.',
  severity: 'warning',
  controls: { ncscCsp: ['5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  remediation:
    'Create an AWS::Route53Resolver::ResolverQueryLoggingConfig (to CloudWatch Logs, S3 or Firehose) and associate it with the VPC (ResolverQueryLoggingConfigAssociation with ResourceId: Ref of the VPC).',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const associations = index.referrers(vpc, ASSOCIATION, 'ResourceId');
      return { queryLogging: or(...associations.map((a) => index.exists(a))) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    looksUp: [ASSOCIATION],
    facts(vpc, scope) {
      // CREATING logs nothing yet; ACTION_NEEDED means the destination no longer takes the logs
      const associations = activeAssociations(vpc, scope, ASSOCIATION, 'ResourceId', ['ACTIVE']);
      return { queryLogging: isUnknown(associations) ? associations : or(...associations.map((a) => a.active)) };
    },
  },
  evaluate({ queryLogging }) {
    if (isUnknown(queryLogging)) return needsReview(`whether query logging is associated is not known: ${queryLogging.reason}`);
    return queryLogging
      ? pass('DNS queries from this VPC are logged')
      : fail('no Resolver query logging configuration is associated with this VPC');
  },
});
