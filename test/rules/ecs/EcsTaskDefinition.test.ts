import { EcsContainersNonPrivileged } from '../../../rules/ecs/EcsContainersNonPrivileged';
import { EcsContainersReadOnlyRootFilesystem } from '../../../rules/ecs/EcsContainersReadOnlyRootFilesystem';
import { EcsTaskDefinitionLogging } from '../../../rules/ecs/EcsTaskDefinitionLogging';
import { EcsTaskDefinitionNonRootUser } from '../../../rules/ecs/EcsTaskDefinitionNonRootUser';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const task = (...containers: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Task: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: { ContainerDefinitions: containers.map((c, i) => ({ Name: `c${i}`, Image: 'nginx', ...c })) },
      },
    },
  });
const hardened = {
  Privileged: false,
  ReadonlyRootFilesystem: true,
  User: '1000:1000',
  LogConfiguration: { LogDriver: 'awslogs' },
};

describe('EcsContainersNonPrivileged', () => {
  const rule = EcsContainersNonPrivileged;
  it('passes unprivileged containers', () => expect(statusOf(rule, 'Task', task(hardened, {}))).toBe('COMPLIANT'));
  it('fails when a container is privileged', () =>
    expect(statusOf(rule, 'Task', task(hardened, { Privileged: true }))).toBe('NON_COMPLIANT'));
  it('is not applicable without containers', () => expect(statusOf(rule, 'Task', task())).toBe('NOT_APPLICABLE'));
  it('needs review when Privileged is a parameter', () =>
    expect(statusOf(rule, 'Task', task({ Privileged: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('EcsContainersReadOnlyRootFilesystem', () => {
  const rule = EcsContainersReadOnlyRootFilesystem;
  it('passes read-only containers', () => expect(statusOf(rule, 'Task', task(hardened))).toBe('COMPLIANT'));
  it('fails when a container does not set it (default writable)', () =>
    expect(statusOf(rule, 'Task', task(hardened, {}))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Task', task({ ReadonlyRootFilesystem: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('EcsTaskDefinitionNonRootUser', () => {
  const rule = EcsTaskDefinitionNonRootUser;
  it('passes named non-root users', () => expect(statusOf(rule, 'Task', task(hardened, { User: 'app' }))).toBe('COMPLIANT'));
  it('fails when a container runs as 0:0', () => expect(statusOf(rule, 'Task', task({ User: '0:0' }))).toBe('NON_COMPLIANT'));
  it('fails when User is not set', () => expect(statusOf(rule, 'Task', task(hardened, {}))).toBe('NON_COMPLIANT'));
  it('needs review when User is a parameter', () =>
    expect(statusOf(rule, 'Task', task({ User: PARAM }))).toBe('INSUFFICIENT_DATA'));
});

describe('EcsTaskDefinitionLogging', () => {
  const rule = EcsTaskDefinitionLogging;
  it('passes when every container has a log driver', () => expect(statusOf(rule, 'Task', task(hardened))).toBe('COMPLIANT'));
  it('fails when a container has no log configuration', () =>
    expect(statusOf(rule, 'Task', task(hardened, {}))).toBe('NON_COMPLIANT'));
  it('needs review when the log driver is a parameter', () =>
    expect(statusOf(rule, 'Task', task({ LogConfiguration: { LogDriver: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});
