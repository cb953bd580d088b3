import { Status } from '../../../lib/engine/model';
import { EcsContainersNonPrivileged } from '../../../rules/ecs/EcsContainersNonPrivileged';
import { EcsContainersReadOnlyRootFilesystem } from '../../../rules/ecs/EcsContainersReadOnlyRootFilesystem';
import { EcsFargateLatestPlatform } from '../../../rules/ecs/EcsFargateLatestPlatform';
import { EcsNoEnvironmentSecrets } from '../../../rules/ecs/EcsNoEnvironmentSecrets';
import { EcsTaskDefinitionHostModeUser } from '../../../rules/ecs/EcsTaskDefinitionHostModeUser';
import { EcsTaskDefinitionLogging } from '../../../rules/ecs/EcsTaskDefinitionLogging';
import { EcsTaskDefinitionNonRootUser } from '../../../rules/ecs/EcsTaskDefinitionNonRootUser';
import { corpusItems } from '../corpus-items';
import { configItem, statusOf, statusOfItem, template } from '../harness';
import { taskItem } from './items';

const RULES = {
  privileged: EcsContainersNonPrivileged,
  readOnly: EcsContainersReadOnlyRootFilesystem,
  secrets: EcsNoEnvironmentSecrets,
  hostUser: EcsTaskDefinitionHostModeUser,
  logging: EcsTaskDefinitionLogging,
  nonRoot: EcsTaskDefinitionNonRootUser,
};
type Expected = Record<keyof typeof RULES, Status>;

/** The same task definition as a template resource and as a configuration item (same property names). */
const scenarios: [string, Record<string, unknown>, Expected][] = [
  [
    'a hardened awsvpc task',
    {
      NetworkMode: 'awsvpc',
      ContainerDefinitions: [
        { Name: 'app', Image: 'x', ReadonlyRootFilesystem: true, User: '1000', LogConfiguration: { LogDriver: 'awslogs' } },
      ],
    },
    {
      privileged: 'COMPLIANT',
      readOnly: 'COMPLIANT',
      secrets: 'COMPLIANT',
      hostUser: 'NOT_APPLICABLE',
      logging: 'COMPLIANT',
      nonRoot: 'COMPLIANT',
    },
  ],
  [
    'a privileged host-mode task running as root with a secret in its environment and no logs',
    {
      NetworkMode: 'host',
      ContainerDefinitions: [{ Name: 'app', Image: 'x', User: 'root', Environment: [{ Name: 'DB_PASSWORD', Value: 'hunter2' }] }],
    },
    {
      privileged: 'COMPLIANT',
      readOnly: 'NON_COMPLIANT',
      secrets: 'NON_COMPLIANT',
      hostUser: 'NON_COMPLIANT',
      logging: 'NON_COMPLIANT',
      nonRoot: 'NON_COMPLIANT',
    },
  ],
  [
    'a privileged container',
    { NetworkMode: 'awsvpc', ContainerDefinitions: [{ Name: 'app', Image: 'x', Privileged: true, User: '1000' }] },
    {
      privileged: 'NON_COMPLIANT',
      readOnly: 'NON_COMPLIANT',
      secrets: 'COMPLIANT',
      hostUser: 'NOT_APPLICABLE',
      logging: 'NON_COMPLIANT',
      nonRoot: 'COMPLIANT',
    },
  ],
];

describe('ECS task definitions: a template and a configuration item agree', () => {
  describe.each(scenarios)('%s', (_, properties, expected) => {
    const t = template({ T: { Type: 'AWS::ECS::TaskDefinition', Properties: properties } });
    const item = configItem('AWS::ECS::TaskDefinition', properties);
    it.each(Object.entries(RULES))('%s', (key, rule) => {
      const status = expected[key as keyof Expected];
      expect([statusOf(rule, 'T', t), statusOfItem(rule, item)]).toEqual([status, status]);
    });
  });

  it('needs review when the item does not record the container definitions or network mode', () => {
    const t = template({
      Parameters: { P: { Type: 'String' } },
      Resources: {
        T: { Type: 'AWS::ECS::TaskDefinition', Properties: { NetworkMode: { Ref: 'P' }, ContainerDefinitions: { Ref: 'P' } } },
      },
    });
    const item = configItem('AWS::ECS::TaskDefinition', { Family: 'app' });
    for (const rule of Object.values(RULES))
      expect([rule.id, statusOf(rule, 'T', t), statusOfItem(rule, item)]).toEqual([
        rule.id,
        'INSUFFICIENT_DATA',
        'INSUFFICIENT_DATA',
      ]);
    // Without the network mode the host-mode rule cannot tell, though the containers are known.
    expect(
      statusOfItem(EcsTaskDefinitionHostModeUser, configItem('AWS::ECS::TaskDefinition', { ContainerDefinitions: [] })),
    ).toBe('INSUFFICIENT_DATA');
  });

  it('reads the real RDK task definition (awsvpc, awslogs, no user, writable root)', () => {
    const items = corpusItems('AWS::ECS::TaskDefinition');
    expect(items.length).toBeGreaterThan(0);
    const item = items[0].item;
    expect(statusOfItem(EcsTaskDefinitionLogging, item)).toBe('COMPLIANT');
    expect(statusOfItem(EcsTaskDefinitionHostModeUser, item)).toBe('NOT_APPLICABLE');
    expect(statusOfItem(EcsContainersNonPrivileged, item)).toBe('COMPLIANT');
    expect(statusOfItem(EcsContainersReadOnlyRootFilesystem, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(EcsTaskDefinitionNonRootUser, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(EcsNoEnvironmentSecrets, item)).toBe('COMPLIANT');
  });

  it('the item built for the path check is judged as its template twin', () => {
    const item = taskItem([
      { Name: 'app', Image: 'x', User: '1000', ReadonlyRootFilesystem: true, LogConfiguration: { LogDriver: 'awslogs' } },
    ]);
    expect(statusOfItem(EcsTaskDefinitionNonRootUser, item)).toBe('COMPLIANT');
  });
});

describe('EcsFargateLatestPlatform: a template and a configuration item agree', () => {
  it.each<[string, Record<string, unknown>, Status]>([
    ['Fargate on LATEST', { LaunchType: 'FARGATE', PlatformVersion: 'LATEST' }, 'COMPLIANT'],
    ['Fargate without a version (LATEST)', { LaunchType: 'FARGATE' }, 'COMPLIANT'],
    ['Fargate pinned to 1.3.0', { LaunchType: 'FARGATE', PlatformVersion: '1.3.0' }, 'NON_COMPLIANT'],
    ['EC2', { LaunchType: 'EC2' }, 'NOT_APPLICABLE'],
  ])('%s', (_, properties, status) => {
    const t = template({ S: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'td', ...properties } } });
    const item = configItem('AWS::ECS::Service', { TaskDefinition: 'td', ...properties });
    expect([statusOf(EcsFargateLatestPlatform, 'S', t), statusOfItem(EcsFargateLatestPlatform, item)]).toEqual([status, status]);
  });
});
