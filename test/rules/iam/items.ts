import { ConfigItem } from '../../../lib/engine/config-item';
import { configItem } from '../harness';

/** IAM configuration items as Config records them (lowerCamelCase, documents decoded), for adapter tests and the path check. */

export const ACCOUNT = '111122223333';

export type Statement = Record<string, unknown>;
export const doc = (...Statement: Statement[]) => ({ Version: '2012-10-17', Statement });

export function roleItem({
  inline = [],
  attached = [],
  trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
}: {
  inline?: unknown[];
  attached?: string[];
  trust?: unknown;
}): ConfigItem {
  return configItem('AWS::IAM::Role', {
    roleName: 'r',
    arn: `arn:aws:iam::${ACCOUNT}:role/r`,
    assumeRolePolicyDocument: trust,
    rolePolicyList: inline.map((policyDocument, i) => ({ policyName: `p${i}`, policyDocument })),
    attachedManagedPolicies: attached.map((policyArn) => ({
      policyArn,
      policyName: policyArn.slice(policyArn.lastIndexOf('/') + 1),
    })),
    instanceProfileList: [],
  });
}

export function managedPolicyItem(name: string, document: unknown): ConfigItem {
  const arn = `arn:aws:iam::${ACCOUNT}:policy/${name}`;
  return configItem(
    'AWS::IAM::Policy',
    {
      policyName: name,
      arn,
      defaultVersionId: 'v1',
      policyVersionList: [{ versionId: 'v1', isDefaultVersion: true, document }],
    },
    { resourceName: name, arn, awsRegion: 'global' },
  );
}

const admin = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

/** One item of each IAM type, every field the adapters read filled in. */
export const ITEMS: ConfigItem[] = [
  roleItem({ inline: [admin], attached: [`arn:aws:iam::${ACCOUNT}:policy/Admin`, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
  managedPolicyItem('Admin', admin),
  configItem('AWS::IAM::User', {
    userName: 'u',
    userPolicyList: [{ policyName: 'p', policyDocument: admin }],
    attachedManagedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    groupList: ['g'],
  }),
  configItem(
    'AWS::IAM::Group',
    { groupName: 'g', groupPolicyList: [{ policyName: 'p', policyDocument: admin }], attachedManagedPolicies: [] },
    {
      resourceName: 'g',
      relationships: [{ resourceType: 'AWS::IAM::User', resourceName: 'u', relationshipName: 'Contains User' }],
    },
  ),
];
