import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { EcsSource, ecsOptional } from './containers';

interface Facts {
  readonly launchType: Maybe<string>;
  /** Capacity providers of the service's strategy, or an Unknown. */
  readonly capacityProviders: Maybe<string>[] | Unknown;
  readonly platformVersion: Maybe<string>;
}

/**
 * The newest Fargate platform versions (Linux, Windows) as of 2026-11; pinning
 * these is as current as LATEST until AWS publishes a newer one. Review when AWS
 * announces a platform version.
 */
export const LATEST_FARGATE_VERSIONS = ['1.4.0', '1.0.0'];

export const EcsFargateLatestPlatform = defineRule<Facts>({
  id: 'EcsFargateLatestPlatform',
  title: 'Fargate services run on the latest platform version',
  description:
    'Fargate platform versions carry the kernel and container runtime; a pinned old version misses their security fixes.',
  severity: 'warning',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'ECS_FARGATE_LATEST_PLATFORM_VERSION',
  remediation: 'Remove PlatformVersion or set it to LATEST (CDK: platformVersion: FargatePlatformVersion.LATEST).',
  template: {
    resourceTypes: ['AWS::ECS::Service'],
    facts: readFacts,
  },
  configItem: {
    resourceTypes: ['AWS::ECS::Service'],
    facts: readFacts,
  },
  evaluate(facts) {
    const { launchType, capacityProviders, platformVersion } = facts;
    if (isUnknown(launchType)) return needsReview(`the launch type is not known: ${launchType.reason}`);
    if (launchType === 'EC2' || launchType === 'EXTERNAL')
      return notApplicable(`the service launches on ${launchType}`, unknownsIn(facts));
    if (
      launchType === undefined &&
      !isUnknown(capacityProviders) &&
      capacityProviders.length > 0 &&
      capacityProviders.every((p) => typeof p === 'string' && !p.startsWith('FARGATE'))
    ) {
      return notApplicable('the capacity provider strategy uses no Fargate provider', unknownsIn(facts));
    }
    if (isUnknown(platformVersion)) return needsReview(`the platform version is not known: ${platformVersion.reason}`);
    // PlatformVersion applies only to Fargate and defaults to LATEST.
    // The version is the same whichever provider runs the task: the strategy's unknowns do not matter.
    if (platformVersion === undefined || platformVersion === 'LATEST')
      return pass('the service runs on the LATEST platform version', unknownsIn(facts));
    if (LATEST_FARGATE_VERSIONS.includes(platformVersion))
      return pass(`platform version ${platformVersion} is the latest`, unknownsIn(facts));
    return fail(`the platform version is pinned to ${platformVersion}`);
  },
});

function readFacts(service: EcsSource): Facts {
  const strategy = listOf(ecsOptional(service, 'CapacityProviderStrategy'));
  return {
    launchType: asString(ecsOptional(service, 'LaunchType')),
    capacityProviders: isUnknown(strategy) ? strategy : strategy.map((s) => asString(field(s, 'CapacityProvider'))),
    platformVersion: asString(ecsOptional(service, 'PlatformVersion')),
  };
}
