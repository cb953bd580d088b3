import { Rule } from '../../lib/engine/rule';
import { EcsContainersNonPrivileged } from './EcsContainersNonPrivileged';
import { EcsContainersReadOnlyRootFilesystem } from './EcsContainersReadOnlyRootFilesystem';
import { EcsFargateLatestPlatform } from './EcsFargateLatestPlatform';
import { EcsNoEnvironmentSecrets } from './EcsNoEnvironmentSecrets';
import { EcsTaskDefinitionHostModeUser } from './EcsTaskDefinitionHostModeUser';
import { EcsTaskDefinitionLogging } from './EcsTaskDefinitionLogging';
import { EcsTaskDefinitionNonRootUser } from './EcsTaskDefinitionNonRootUser';

export const rules: Rule[] = [
  EcsContainersNonPrivileged,
  EcsContainersReadOnlyRootFilesystem,
  EcsTaskDefinitionNonRootUser,
  EcsTaskDefinitionHostModeUser,
  EcsTaskDefinitionLogging,
  EcsNoEnvironmentSecrets,
  EcsFargateLatestPlatform,
];
