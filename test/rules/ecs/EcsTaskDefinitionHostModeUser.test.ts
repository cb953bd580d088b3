import { EcsTaskDefinitionHostModeUser as rule } from '../../../rules/ecs/EcsTaskDefinitionHostModeUser';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const task = (networkMode: unknown, ...containers: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { NetworkMode: networkMode, ContainerDefinitions: containers } },
    },
  });

describe('EcsTaskDefinitionHostModeUser', () => {
  it('passes host-mode containers with non-root users', () => {
    expect(statusOf(rule, 'Task', task('host', { Name: 'a', User: '1000:0' }, { Name: 'b', User: 'app' }))).toBe('COMPLIANT');
  });
  it('passes root that is explicitly privileged (AWS Config semantics)', () => {
    expect(statusOf(rule, 'Task', task('host', { Name: 'a', User: 'root', Privileged: true }))).toBe('COMPLIANT');
  });
  it('fails when a host-mode container has no User', () => {
    expect(statusOf(rule, 'Task', task('host', { Name: 'a', User: 'app' }, { Name: 'b' }))).toBe('NON_COMPLIANT');
  });
  it('fails when a host-mode container runs as root:root', () => {
    expect(statusOf(rule, 'Task', task('host', { Name: 'a', User: 'root:root', Privileged: false }))).toBe('NON_COMPLIANT');
  });
  it('is not applicable to awsvpc tasks', () => {
    expect(statusOf(rule, 'Task', task('awsvpc', { Name: 'a' }))).toBe('NOT_APPLICABLE');
  });
  it('needs review when the network mode is a parameter', () => {
    expect(statusOf(rule, 'Task', task(PARAM, { Name: 'a' }))).toBe('INSUFFICIENT_DATA');
  });
});
