import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { asString, field, listOf, recorded } from '../../lib/engine/facts';
import { ConfigItemAdapter, TemplateAdapter } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { Grants, IDENTITY_TYPES, POLICY_TYPES, PolicySource, grantsOfResource, summarise } from './policy-sources';
import { PolicyText } from './policy-text';

/*
 * IAM as AWS Config records it. Config's AWS::IAM::Policy is a customer managed
 * policy (CloudFormation's AWS::IAM::Policy becomes an inline policy of each identity
 * it names, so it appears in rolePolicyList / userPolicyList / groupPolicyList).
 * The normaliser has already decoded every document to an object.
 */

/** The Config type of a customer managed policy. */
export const MANAGED_POLICY_ITEM = 'AWS::IAM::Policy';

const INLINE_LIST: Record<string, string> = {
  'AWS::IAM::Role': 'rolePolicyList',
  'AWS::IAM::User': 'userPolicyList',
  'AWS::IAM::Group': 'groupPolicyList',
};

/**
 * A recorded policy document. Some published items hold it as a list of one
 * document; a list of documents grants what any of them does.
 */
export function itemDocument(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const statements = value.flatMap((d) => {
    const s = field(d, 'Statement');
    return s === undefined ? [] : Array.isArray(s) ? s : [s];
  });
  return { Statement: statements };
}

/** The inline policies of a role, user or group item: an Unknown when the item does not record the list. */
export function itemInlinePolicies(item: ConfigItem): unknown[] | Unknown {
  return listOf(recorded(item.configuration, INLINE_LIST[item.resourceType]));
}

/** One source per inline policy of an identity item. */
export function itemInlineSources(item: ConfigItem): PolicySource[] {
  const list = itemInlinePolicies(item);
  if (isUnknown(list)) return [{ label: 'inline policies', document: list }];
  return list.map((p) => {
    const name = asString(field(p, 'policyName'));
    return {
      label: `inline policy ${typeof name === 'string' ? name : '(unnamed)'}`,
      document: itemDocument(recordedField(p, 'policyDocument')),
    };
  });
}

/** The default version's document of a managed policy item. */
export function defaultDocument(policy: ConfigItem): unknown {
  const versions = listOf(recorded(policy.configuration, 'policyVersionList'));
  if (isUnknown(versions)) return versions;
  const def = versions.find((v) => field(v, 'isDefaultVersion') === true || field(v, 'isDefaultVersion') === 'true');
  if (def === undefined) return new Unknown('the configuration item records no default policy version');
  return itemDocument(recordedField(def, 'document'));
}

/** The managed policy ARNs attached to an identity item. */
export function attachedArns(item: ConfigItem): PolicyText[] | Unknown {
  const list = listOf(recorded(item.configuration, 'attachedManagedPolicies'));
  if (isUnknown(list)) return list;
  return list.map((a) => {
    const arn = asString(field(a, 'policyArn'));
    return typeof arn === 'string' || isUnknown(arn) ? arn : new Unknown('an attached managed policy has no ARN');
  });
}

const isAwsManagedArn = (arn: string) => /^arn:[^:]+:iam::aws:policy\//.test(arn);

/**
 * What an identity item is granted, read as the template adapter reads a stack: its
 * inline documents, the documents of customer managed policies Config recorded in the
 * scan, and the ARNs of the rest (AWS managed ones are judged by name).
 */
export function itemGrants(item: ConfigItem, scope: ConfigScope): Grants {
  if (!IDENTITY_TYPES.includes(item.resourceType))
    return { policies: [summarise({ label: 'its policy document', document: defaultDocument(item) })], managedArns: [] };
  const sources = itemInlineSources(item);
  const managedArns: PolicyText[] = [];
  const arns = attachedArns(item);
  for (const arn of isUnknown(arns) ? [arns] : arns) {
    const policy = typeof arn === 'string' && !isAwsManagedArn(arn) ? managedPolicyItem(scope, arn) : undefined;
    if (policy) sources.push({ label: `managed policy ${policy.resourceName ?? arn}`, document: defaultDocument(policy) });
    else managedArns.push(arn);
  }
  return { policies: sources.map(summarise), managedArns };
}

const GRANTS = new WeakMap<ConfigItem, { readonly scope: ConfigScope; readonly grants: Grants }>();

/** Six rules read each identity's grants: read once per item and scope (a scan's item scope is fixed). */
function itemGrantsOnce(item: ConfigItem, scope: ConfigScope): Grants {
  const cached = GRANTS.get(item);
  if (cached?.scope === scope) return cached.grants;
  const grants = itemGrants(item, scope);
  GRANTS.set(item, { scope, grants });
  return grants;
}

function managedPolicyItem(scope: ConfigScope, arn: string): ConfigItem | undefined {
  return scope.ofType(MANAGED_POLICY_ITEM).find((p) => p.arn === arn || field(p.configuration, 'arn') === arn);
}

/** A field of a recorded list entry Config always fills: absent is not known, never empty. */
function recordedField(entry: unknown, key: string): unknown {
  const value = field(entry, key);
  return value === undefined ? new Unknown(`the configuration item does not record ${key}`) : value;
}

/**
 * Where the grant rules read their facts, from either source. A role is reported through
 * the policy resources attached to it as well as the resources themselves, so that a
 * review of "who is an administrator" needs to look only at identities.
 */
export const GRANT_ADAPTERS: { readonly template: TemplateAdapter<Grants>; readonly configItem: ConfigItemAdapter<Grants> } = {
  template: {
    resourceTypes: [...POLICY_TYPES, ...IDENTITY_TYPES],
    facts: (resource, { index }) => grantsOfResource(resource, index),
  },
  configItem: { resourceTypes: [...IDENTITY_TYPES, MANAGED_POLICY_ITEM], looksUp: [MANAGED_POLICY_ITEM], facts: itemGrantsOnce },
};
