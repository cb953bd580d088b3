import { Maybe, asString } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { blockPublicAccessOf, bucketPolicyResources, eitherOn } from './bucket';
import { EveryoneGrant, everyoneGrants, openGrants } from './public-policy';

/** What decides whether a bucket is readable or writable by the public: its canned ACL, its policies and Block Public Access. */
export interface PublicnessFacts {
  readonly accessControl: Maybe<string>;
  /** Public ACLs are refused or ignored (BlockPublicAcls or IgnorePublicAcls); undefined when there is no non-private ACL. */
  readonly aclsBlocked: Maybe<boolean>;
  /** Public policies are refused or confined to the account (BlockPublicPolicy or RestrictPublicBuckets); undefined without an open grant. */
  readonly policiesBlocked: Maybe<boolean>;
  /** For each bucket policy, its statements that may grant to everyone. */
  readonly policies: (EveryoneGrant[] | Unknown)[];
}

export function publicnessOf(bucket: TemplateResource, index: TemplateIndex): PublicnessFacts {
  const bpa = blockPublicAccessOf(bucket);
  const accessControl = asString(bucket.get('AccessControl'));
  const policies = bucketPolicyResources(bucket, index).map((p) => everyoneGrants(p.get('PolicyDocument')));
  // Block Public Access only matters when there is an ACL or a policy to neutralise.
  return {
    accessControl,
    aclsBlocked:
      accessControl === undefined || accessControl === 'Private'
        ? undefined
        : eitherOn(bpa.blockPublicAcls, bpa.ignorePublicAcls),
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
export function publicVerdict(
  facts: PublicnessFacts,
  kind: 'read' | 'write',
  publicAcls: readonly string[],
  actions: readonly string[],
): Verdict {
  const { accessControl, aclsBlocked, policiesBlocked, policies } = facts;
  let undecided: Unknown | undefined;

  if (isUnknown(accessControl)) undecided = accessControl;
  else if (accessControl && publicAcls.includes(accessControl)) {
    if (aclsBlocked === false)
      return fail(`AccessControl ${accessControl} grants public ${kind} access and Block Public Access does not stop ACLs`);
    if (isUnknown(aclsBlocked)) undecided ??= aclsBlocked;
  }

  for (const policy of policies) {
    const grants = openGrants(policy, actions);
    if (isUnknown(grants)) {
      undecided ??= grants;
      continue;
    }
    if (grants.length === 0) continue;
    if (policiesBlocked === false) {
      return fail(
        `the bucket policy grants ${grants.map((g) => g.actions).join('; ')} to everyone and Block Public Access does not stop public policies`,
      );
    }
    if (isUnknown(policiesBlocked)) undecided ??= policiesBlocked;
  }

  if (undecided) return needsReview(`public ${kind} access could not be ruled out: ${undecided.reason}`);
  return pass(`neither an ACL nor a bucket policy gives the public ${kind} access`);
}
