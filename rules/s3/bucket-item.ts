import { ConfigItem } from '../../lib/engine/config-item';
import { asBoolean, asString, listOf } from '../../lib/engine/facts';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { Algorithms, BlockPublicAccess, PublicAcl } from './bucket';
import { EveryoneGrant, everyoneGrants } from './public-policy';

/*
 * Readers for AWS Config's S3 bucket item. The bucket's settings live in its
 * supplementary configuration: Config always records the policy, ACL, logging,
 * notification and versioning values (null inside when unset), and leaves out
 * encryption, lifecycle, replication, Block Public Access and Object Lock when
 * the bucket has none. An item with no supplementary configuration at all (a
 * Select row that did not ask for it) says nothing about any of them.
 */

type Key =
  | 'AccessControlList'
  | 'BucketLoggingConfiguration'
  | 'BucketNotificationConfiguration'
  | 'BucketPolicy'
  | 'BucketVersioningConfiguration'
  | 'BucketLifecycleConfiguration'
  | 'BucketReplicationConfiguration'
  | 'ServerSideEncryptionConfiguration'
  | 'PublicAccessBlockConfiguration'
  | 'ObjectLockConfiguration';

const ALWAYS_RECORDED: ReadonlySet<Key> = new Set([
  'AccessControlList',
  'BucketLoggingConfiguration',
  'BucketNotificationConfiguration',
  'BucketPolicy',
  'BucketVersioningConfiguration',
]);

/** A supplementary value of a bucket item: undefined when Config leaves it out because it is not configured. */
export function supplement(item: ConfigItem, key: Key): unknown {
  const supplementary = item.supplementaryConfiguration;
  if (Object.keys(supplementary).length === 0)
    return new Unknown(`the configuration item carries no supplementary configuration, so ${key} is not known`);
  const value = supplementary[key];
  if (value === undefined && ALWAYS_RECORDED.has(key)) return new Unknown(`the configuration item does not record ${key}`);
  return value ?? undefined;
}

/** A field of a supplementary object; an Unknown when the value is there but not an object. */
export function member(value: unknown, key: string): unknown {
  if (value === undefined || value === null || isUnknown(value)) return value ?? undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    return new Unknown(`an object was expected, not ${JSON.stringify(value)}`);
  return (value as Record<string, unknown>)[key] ?? undefined;
}

/** The rules of a bucket configuration, a list (encryption, lifecycle) or, for replication, a map keyed by rule id. */
export function rulesOf(value: unknown, keyedById = false): unknown[] | Unknown {
  const rules = member(value, 'rules');
  if (keyedById && rules !== null && typeof rules === 'object' && !Array.isArray(rules) && !isUnknown(rules)) {
    return Object.values(rules);
  }
  return listOf(rules);
}

/** The bucket's Block Public Access settings: a bucket with none has every flag off. */
export function blockPublicAccessOfItem(item: ConfigItem): BlockPublicAccess {
  const config = supplement(item, 'PublicAccessBlockConfiguration');
  const flag = (name: string): boolean | Unknown => {
    if (config === undefined) return false;
    const v = asBoolean(member(config, name));
    return v ?? false;
  };
  return {
    blockPublicAcls: flag('blockPublicAcls'),
    ignorePublicAcls: flag('ignorePublicAcls'),
    blockPublicPolicy: flag('blockPublicPolicy'),
    restrictPublicBuckets: flag('restrictPublicBuckets'),
  };
}

/** The bucket policy document (decoded by the source); undefined when the bucket has none. */
export function policyOfItem(item: ConfigItem): unknown {
  return member(supplement(item, 'BucketPolicy'), 'policyText');
}

/** The statements of the bucket policy that may grant to everyone; no entry when there is no policy. */
export function policyGrantsOfItem(item: ConfigItem): (EveryoneGrant[] | Unknown)[] {
  const document = policyOfItem(item);
  return document === undefined ? [] : [everyoneGrants(document)];
}

/** The default-encryption algorithm of each rule; empty when the bucket names none. */
export function algorithmsOfItem(item: ConfigItem): Algorithms {
  const rules = rulesOf(supplement(item, 'ServerSideEncryptionConfiguration'));
  if (isUnknown(rules)) return rules;
  return rules.flatMap((rule) => {
    const algorithm = asString(member(member(rule, 'applyServerSideEncryptionByDefault'), 'sseAlgorithm'));
    return algorithm === undefined ? [] : [algorithm];
  });
}

const EVERYONE = /(^|\/)(AllUsers|AuthenticatedUsers)$/;

/**
 * What the bucket ACL grants to all users or to any AWS account (AWS Config counts
 * both as public); undefined when it grants neither anything.
 */
export function publicAclOfItem(item: ConfigItem): PublicAcl | undefined | Unknown {
  const acl = supplement(item, 'AccessControlList');
  if (isUnknown(acl)) return acl;
  const grants = listOf(member(acl, 'grantList'));
  if (isUnknown(grants)) return grants;
  let read = false;
  let write = false;
  const who = new Set<string>();
  for (const grant of grants) {
    const grantee = member(grant, 'grantee');
    const name = typeof grantee === 'string' ? grantee : asString(member(grantee, 'uri') ?? member(grantee, 'identifier'));
    if (isUnknown(name)) return name;
    const group = name === undefined ? undefined : EVERYONE.exec(name)?.[2];
    if (!group) continue;
    const permission = asString(member(grant, 'permission'));
    if (isUnknown(permission)) return permission;
    const p = (permission ?? '').toLowerCase().replace('_', '');
    const reads = p === 'read' || p === 'fullcontrol';
    // Write on the ACL itself lets the grantee give itself anything.
    const writes = p === 'write' || p === 'writeacp' || p === 'fullcontrol';
    if (reads || writes) who.add(group);
    read ||= reads;
    write ||= writes;
  }
  return read || write ? { read, write, via: `the bucket ACL’s grant to ${[...who].join(' and ')}` } : undefined;
}
