import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';

import { EcsContainersNonPrivileged } from '../../../rules/ecs/EcsContainersNonPrivileged';
import { EcsContainersReadOnlyRootFilesystem } from '../../../rules/ecs/EcsContainersReadOnlyRootFilesystem';
import { EcsFargateLatestPlatform } from '../../../rules/ecs/EcsFargateLatestPlatform';
import { EcsNoEnvironmentSecrets } from '../../../rules/ecs/EcsNoEnvironmentSecrets';
import { EcsTaskDefinitionHostModeUser } from '../../../rules/ecs/EcsTaskDefinitionHostModeUser';
import { EcsTaskDefinitionLogging } from '../../../rules/ecs/EcsTaskDefinitionLogging';
import { EcsTaskDefinitionNonRootUser } from '../../../rules/ecs/EcsTaskDefinitionNonRootUser';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');
const c = <T>(value: T, name = 'app') => ({ name, value });

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['privileged: none', EcsContainersNonPrivileged, { containers: [c(undefined), c(false)] }, 'COMPLIANT'],
    ['privileged: one', EcsContainersNonPrivileged, { containers: [c(true), c(open)] }, 'NON_COMPLIANT'],
    ['privileged: open', EcsContainersNonPrivileged, { containers: [c(open)] }, 'INSUFFICIENT_DATA'],
    ['privileged: no containers', EcsContainersNonPrivileged, { containers: [] }, 'NOT_APPLICABLE'],
    ['read-only: all', EcsContainersReadOnlyRootFilesystem, { containers: [c(true)] }, 'COMPLIANT'],
    ['read-only: default', EcsContainersReadOnlyRootFilesystem, { containers: [c(undefined)] }, 'NON_COMPLIANT'],
    ['read-only: open', EcsContainersReadOnlyRootFilesystem, { containers: [c(open)] }, 'INSUFFICIENT_DATA'],
    ['non-root: named user', EcsTaskDefinitionNonRootUser, { containers: [c('1000:1000')] }, 'COMPLIANT'],
    ['non-root: root', EcsTaskDefinitionNonRootUser, { containers: [c('0:0')] }, 'NON_COMPLIANT'],
    ['non-root: unset', EcsTaskDefinitionNonRootUser, { containers: [c(undefined)] }, 'NON_COMPLIANT'],
    ['non-root: open', EcsTaskDefinitionNonRootUser, { containers: [c(open)] }, 'INSUFFICIENT_DATA'],
    [
      'host mode: awsvpc with open containers',
      EcsTaskDefinitionHostModeUser,
      { networkMode: 'awsvpc', containers: open },
      'NOT_APPLICABLE',
    ],
    [
      'host mode: root not privileged',
      EcsTaskDefinitionHostModeUser,
      { networkMode: 'host', containers: [{ name: 'a', user: undefined, privileged: undefined }] },
      'NON_COMPLIANT',
    ],
    [
      'host mode: named user',
      EcsTaskDefinitionHostModeUser,
      { networkMode: 'host', containers: [{ name: 'a', user: '1000', privileged: undefined }] },
      'COMPLIANT',
    ],
    [
      'host mode: open user',
      EcsTaskDefinitionHostModeUser,
      { networkMode: 'host', containers: [{ name: 'a', user: open, privileged: undefined }] },
      'INSUFFICIENT_DATA',
    ],
    ['host mode: open mode', EcsTaskDefinitionHostModeUser, { networkMode: open, containers: [] }, 'INSUFFICIENT_DATA'],
    ['logging: driver', EcsTaskDefinitionLogging, { containers: [{ name: 'a', logDriver: 'awslogs' }] }, 'COMPLIANT'],
    ['logging: none', EcsTaskDefinitionLogging, { containers: [{ name: 'a', logDriver: undefined }] }, 'NON_COMPLIANT'],
    ['logging: open', EcsTaskDefinitionLogging, { containers: [{ name: 'a', logDriver: open }] }, 'INSUFFICIENT_DATA'],
    [
      'env: pointer',
      EcsNoEnvironmentSecrets,
      { containers: 1, variables: [{ container: 'a', name: 'DB_SECRET_ARN', kind: 'pointer' }] },
      'COMPLIANT',
    ],
    [
      'env: literal password',
      EcsNoEnvironmentSecrets,
      { containers: 1, variables: [{ container: 'a', name: 'DB_PASSWORD', kind: 'literal' }] },
      'NON_COMPLIANT',
    ],
    [
      'env: open password',
      EcsNoEnvironmentSecrets,
      { containers: 1, variables: [{ container: 'a', name: 'DB_PASSWORD', kind: 'unknown' }] },
      'INSUFFICIENT_DATA',
    ],
    [
      'env: open name',
      EcsNoEnvironmentSecrets,
      { containers: 1, variables: [{ container: 'a', name: open, kind: 'literal' }] },
      'INSUFFICIENT_DATA',
    ],
    ['env: unreadable', EcsNoEnvironmentSecrets, { containers: 1, variables: [], unreadable: open }, 'INSUFFICIENT_DATA'],
    [
      'fargate: latest',
      EcsFargateLatestPlatform,
      { launchType: 'FARGATE', capacityProviders: [], platformVersion: 'LATEST' },
      'COMPLIANT',
    ],
    [
      'fargate: pinned old',
      EcsFargateLatestPlatform,
      { launchType: 'FARGATE', capacityProviders: [], platformVersion: '1.3.0' },
      'NON_COMPLIANT',
    ],
    [
      'fargate: ec2',
      EcsFargateLatestPlatform,
      { launchType: 'EC2', capacityProviders: [], platformVersion: open },
      'NOT_APPLICABLE',
    ],
    [
      'fargate: open version',
      EcsFargateLatestPlatform,
      { launchType: 'FARGATE', capacityProviders: [], platformVersion: open },
      'INSUFFICIENT_DATA',
    ],
    [
      'fargate: open provider, no Fargate known',
      EcsFargateLatestPlatform,
      { launchType: undefined, capacityProviders: [open], platformVersion: '1.3.0' },
      'NON_COMPLIANT',
    ],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));
});
