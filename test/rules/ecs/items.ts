import { configItem } from '../harness';

/** ECS resources as Config records them: CloudFormation's property names. */
export const taskItem = (containers: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  configItem('AWS::ECS::TaskDefinition', { Family: 'app', NetworkMode: 'awsvpc', ContainerDefinitions: containers, ...extra });

export const ITEMS = [
  taskItem(
    [
      {
        Name: 'app',
        Image: 'x',
        Privileged: true,
        ReadonlyRootFilesystem: false,
        User: 'root',
        Environment: [{ Name: 'AWS_SECRET_ACCESS_KEY', Value: 'x' }],
        LogConfiguration: { LogDriver: 'awslogs' },
      },
    ],
    { NetworkMode: 'host' },
  ),
  configItem('AWS::ECS::Service', {
    LaunchType: 'FARGATE',
    PlatformVersion: '1.3.0',
    CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE' }],
  }),
];
