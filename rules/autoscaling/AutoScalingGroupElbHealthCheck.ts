import { Maybe, asString, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Number of classic load balancers and target groups the group registers with. */
  readonly loadBalancers: number | Unknown;
  readonly healthCheckType: Maybe<string>;
}

export const AutoScalingGroupElbHealthCheck = defineRule<Facts>({
  id: 'AutoScalingGroupElbHealthCheck',
  title: 'Auto Scaling groups behind a load balancer use its health checks',
  description:
    'With EC2 status checks only, an instance whose application has failed keeps serving (and failing) traffic; ELB health checks replace it.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED',
  remediation:
    'Set HealthCheckType: ELB with a HealthCheckGracePeriod (CDK: healthChecks: HealthChecks.withAdditionalChecks({ additionalTypes: [AdditionalHealthCheckType.ELB] })).',
  template: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    facts(group) {
      const lbs = listOf(group.get('LoadBalancerNames'));
      const tgs = listOf(group.get('TargetGroupARNs'));
      return {
        loadBalancers: isUnknown(lbs) ? lbs : isUnknown(tgs) ? tgs : lbs.length + tgs.length,
        healthCheckType: asString(group.get('HealthCheckType')),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    facts(group) {
      const lbs = listOf(recorded(group.configuration, 'loadBalancerNames'));
      const tgs = listOf(recorded(group.configuration, 'targetGroupARNs'));
      return {
        loadBalancers: isUnknown(lbs) ? lbs : isUnknown(tgs) ? tgs : lbs.length + tgs.length,
        healthCheckType: asString(recorded(group.configuration, 'healthCheckType')),
      };
    },
  },
  evaluate({ loadBalancers, healthCheckType }) {
    if (isUnknown(loadBalancers)) return needsReview(`load balancer attachments are not known: ${loadBalancers.reason}`);
    if (loadBalancers === 0)
      return notApplicable('the group is not attached to a load balancer', isUnknown(healthCheckType) ? [healthCheckType] : []);
    if (isUnknown(healthCheckType)) return needsReview(`the health check type is not known: ${healthCheckType.reason}`);
    // HealthCheckType defaults to EC2; it may list several types separated by commas.
    const types = healthCheckType === undefined ? [] : healthCheckType.split(',').map((t) => t.trim());
    if (types.includes('ELB')) return pass('the group uses load balancer health checks');
    return fail(
      healthCheckType === undefined
        ? 'no health check type is set, so only EC2 status checks are used'
        : `health checks are ${healthCheckType}, not ELB`,
    );
  },
});
