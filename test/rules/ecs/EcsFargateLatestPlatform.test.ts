import { EcsFargateLatestPlatform as rule } from '../../../rules/ecs/EcsFargateLatestPlatform';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const service = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Svc: { Type: 'AWS::ECS::Service', Properties: props } } });

describe('EcsFargateLatestPlatform', () => {
  it('passes Fargate without a pinned version (LATEST)', () => {
    expect(statusOf(rule, 'Svc', service({ LaunchType: 'FARGATE' }))).toBe('COMPLIANT');
  });
  it('fails when Fargate is pinned to 1.3.0', () => {
    expect(statusOf(rule, 'Svc', service({ LaunchType: 'FARGATE', PlatformVersion: '1.3.0' }))).toBe('NON_COMPLIANT');
  });
  it('is not applicable to EC2 services', () => {
    expect(statusOf(rule, 'Svc', service({ LaunchType: 'EC2' }))).toBe('NOT_APPLICABLE');
  });
  it('needs review when the platform version is a parameter', () => {
    expect(
      statusOf(
        rule,
        'Svc',
        service({ CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE_SPOT' }], PlatformVersion: PARAM }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
