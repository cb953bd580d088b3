import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { field, listOf, textOf } from '../iam/values';

interface Facts {
  readonly launchType: unknown;
  /** Capacity providers of the service's strategy, or an Unknown. */
  readonly capacityProviders: (string | undefined)[] | Unknown;
  readonly platformVersion: unknown;
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
    facts(service) {
      const strategy = listOf(service.get('CapacityProviderStrategy'));
      return {
        launchType: service.get('LaunchType'),
        capacityProviders: isUnknown(strategy) ? strategy : strategy.map((s) => textOf(field(s, 'CapacityProvider'))),
        platformVersion: service.get('PlatformVersion'),
      };
    },
  },
  evaluate({ launchType, capacityProviders, platformVersion }) {
    if (isUnknown(launchType)) return needsReview(`LaunchType is not known: ${launchType.reason}`);
    if (launchType === 'EC2' || launchType === 'EXTERNAL') return notApplicable(`LaunchType is ${launchType}`);
    if (
      launchType === undefined &&
      !isUnknown(capacityProviders) &&
      capacityProviders.length > 0 &&
      !capacityProviders.some((p) => p === undefined || p.startsWith('FARGATE'))
    ) {
      return notApplicable('the capacity provider strategy uses no Fargate provider');
    }
    if (isUnknown(platformVersion)) return needsReview(`PlatformVersion is not known: ${platformVersion.reason}`);
    // PlatformVersion applies only to Fargate and defaults to LATEST.
    if (platformVersion === undefined || platformVersion === 'LATEST')
      return pass('the service runs on the LATEST platform version');
    if (LATEST_FARGATE_VERSIONS.includes(String(platformVersion)))
      return pass(`platform version ${String(platformVersion)} is the latest`);
    return fail(`PlatformVersion is pinned to ${String(platformVersion)}`);
  },
});
