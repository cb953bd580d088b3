import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asString } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { BlockPublicAccess, PublicAcl, blockPublicAccessOf, bucketPolicyResources, eitherOn } from './bucket';
import { blockPublicAccessOfItem, policyGrantsOfItem, publicAclOfItem } from './bucket-item';
import { EveryoneGrant, everyoneGrants, openGrants } from './public-policy';

/** What decides whether a bucket is readable or writable by the public: its ACL, its policies and Block Public Access. */
export interface PublicnessFacts {
  /** What the bucket's ACL gives everyone; undefined when it gives them nothing. */
  readonly publicAcl: PublicAcl | undefined | Unknown;
  /** Public ACLs are refused or ignored (BlockPublicAcls or IgnorePublicAcls); undefined when no ACL may be public. */
  readonly aclsBlocked: Maybe<boolean>;
  /** Public policies are refused or confined to the account (BlockPublicPolicy or RestrictPublicBuckets); undefined without an open grant. */
  readonly policiesBlocked: Maybe<boolean>;
  /** For each bucket policy, its statements that may grant to everyone. */
  readonly policies: (EveryoneGrant[] | Unknown)[];
}

/** Canned ACLs that give everyone access; AWS Config counts any AWS account (AuthenticatedRead) as public. */
const PUBLIC_CANNED_ACLS: Readonly<Record<string, { read: boolean; write: boolean }>> = {
  PublicRead: { read: true, write: false },
  PublicReadWrite: { read: true, write: true },
  AuthenticatedRead: { read: true, write: false },
};

export function publicnessOf(bucket: TemplateResource, index: TemplateIndex): PublicnessFacts {
  const canned = asString(bucket.get('AccessControl'));
  const access = typeof canned === 'string' ? PUBLIC_CANNED_ACLS[canned] : undefined;
  const publicAcl = isUnknown(canned) ? canned : access && { ...access, via: `the canned ACL ${String(canned)}` };
  const policies = bucketPolicyResources(bucket, index).map((p) => everyoneGrants(p.get('PolicyDocument')));
  return combine(publicAcl, policies, blockPublicAccessOf(bucket));
}

export function publicnessOfItem(item: ConfigItem): PublicnessFacts {
  return combine(publicAclOfItem(item), policyGrantsOfItem(item), blockPublicAccessOfItem(item));
}

/** Block Public Access only matters when there is an ACL or a policy to neutralise. */
function combine(
  publicAcl: PublicnessFacts['publicAcl'],
  policies: PublicnessFacts['policies'],
  bpa: BlockPublicAccess,
): PublicnessFacts {
  return {
    publicAcl,
    aclsBlocked: publicAcl === undefined ? undefined : eitherOn(bpa.blockPublicAcls, bpa.ignorePublicAcls),
    policiesBlocked: policies.some((g) => isUnknown(g) || g.length > 0)
      ? eitherOn(bpa.blockPublicPolicy, bpa.restrictPublicBuckets)
      : undefined,
    policies,
  };
}

/**
 * AWS Config's definition: a bucket is public for a kind of access when a public
 * ACL grants it and Block Public Access does not neutralise ACLs, or a public
 * policy grants it and Block Public Access does not neutralise policies.
 */
export function publicVerdict(facts: PublicnessFacts, kind: 'read' | 'write', actions: readonly string[]): Verdict {
  const { publicAcl, aclsBlocked, policiesBlocked, policies } = facts;
  let undecided: Unknown | undefined;
  // Whether Block Public Access stops ACLs or policies does not matter when none grants this kind of access.
  const irrelevant: Unknown[] = [];

  if (isUnknown(publicAcl)) undecided = publicAcl;
  else if (publicAcl?.[kind]) {
    if (aclsBlocked === false)
      return fail(`${publicAcl.via} grants public ${kind} access and Block Public Access does not stop ACLs`);
    if (isUnknown(aclsBlocked)) undecided ??= aclsBlocked;
  } else if (isUnknown(aclsBlocked)) irrelevant.push(aclsBlocked);

  let policyGrants = false;
  for (const policy of policies) {
    const grants = openGrants(policy, actions);
    if (isUnknown(grants)) {
      undecided ??= grants;
      continue;
    }
    // Statements that may grant to everyone but not this kind of access.
    if (!isUnknown(policy)) irrelevant.push(...unknownsIn(policy));
    if (grants.length === 0) continue;
    policyGrants = true;
    if (policiesBlocked === false) {
      return fail(
        `the bucket policy grants ${grants.map((g) => g.actions).join('; ')} to everyone and Block Public Access does not stop public policies`,
      );
    }
    if (isUnknown(policiesBlocked)) undecided ??= policiesBlocked;
  }

  if (undecided) return needsReview(`public ${kind} access could not be ruled out: ${undecided.reason}`);
  if (!policyGrants && isUnknown(policiesBlocked)) irrelevant.push(policiesBlocked);
  return pass(`neither an ACL nor a bucket policy gives the public ${kind} access`, irrelevant);
}
