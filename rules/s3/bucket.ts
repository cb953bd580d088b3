import { Tri, asBoolean, asString, existing, field, listOf } from '../../lib/engine/facts';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** The AWS::S3::BucketPolicy resources on a bucket: CDK refers to the bucket; hand-written templates sometimes name it literally. */
export function bucketPolicyResources(bucket: TemplateResource, index: TemplateIndex): TemplateResource[] {
  const name = bucket.get('BucketName');
  const attached = [
    ...index.referrers(bucket, 'AWS::S3::BucketPolicy', 'Bucket'),
    ...(typeof name === 'string' ? index.withLiteral('AWS::S3::BucketPolicy', 'Bucket', name) : []),
  ];
  return existing([...new Set(attached)], index);
}

/** The bucket a bucket policy applies to, when that bucket is declared in the same template. */
export function bucketOfPolicy(policy: TemplateResource, index: TemplateIndex): TemplateResource | undefined {
  const target = policy.get('Bucket');
  const byRef = index.target(target);
  if (byRef) return byRef.type === 'AWS::S3::Bucket' ? byRef : undefined;
  return typeof target === 'string' ? index.withLiteral('AWS::S3::Bucket', 'BucketName', target)[0] : undefined;
}

/** What an ACL gives everyone (all users, or any AWS account), and which ACL says so. */
export interface PublicAcl {
  readonly read: boolean;
  readonly write: boolean;
  /** The ACL, for messages: a canned ACL or a grant of the bucket ACL. */
  readonly via: string;
}

export interface BlockPublicAccess {
  readonly blockPublicAcls: Tri;
  readonly ignorePublicAcls: Tri;
  readonly blockPublicPolicy: Tri;
  readonly restrictPublicBuckets: Tri;
}

const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/**
 * The bucket's Block Public Access settings. S3 turns all four on for every new
 * bucket since April 2023, so an absent configuration means all blocked; once a
 * configuration is written, a flag it leaves out is false.
 */
export function blockPublicAccessOf(bucket: TemplateResource): BlockPublicAccess {
  const config = bucket.get('PublicAccessBlockConfiguration');
  const flag = (name: (typeof FLAGS)[number]): boolean | Unknown => {
    if (config === undefined) return true;
    if (isUnknown(config)) return config;
    const v = asBoolean((config as Record<string, unknown>)[name]);
    return v === undefined ? false : v;
  };
  return {
    blockPublicAcls: flag('BlockPublicAcls'),
    ignorePublicAcls: flag('IgnorePublicAcls'),
    blockPublicPolicy: flag('BlockPublicPolicy'),
    restrictPublicBuckets: flag('RestrictPublicBuckets'),
  };
}

/** The algorithm of each default-encryption rule (`AES256`, `aws:kms`, `aws:kms:dsse`); empty when the bucket names none. */
export type Algorithms = (string | Unknown)[] | Unknown;

/** SSEAlgorithm of each rule; a rule written without ServerSideEncryptionByDefault contributes nothing. */
export function algorithmsOf(bucket: TemplateResource): Algorithms {
  const rules = listOf(bucket.get('BucketEncryption.ServerSideEncryptionConfiguration'));
  if (isUnknown(rules)) return rules;
  return rules.flatMap((rule) => {
    const algorithm = asString(field(field(rule, 'ServerSideEncryptionByDefault'), 'SSEAlgorithm'));
    return algorithm === undefined ? [] : [algorithm];
  });
}

/** true when either flag is definitely on; an Unknown when neither is known to be on and one is unknown. */
export function eitherOn(a: boolean | Unknown, b: boolean | Unknown): boolean | Unknown {
  if (a === true || b === true) return true;
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  return false;
}

/**
 * Buckets that receive logs: S3 server access logs, CloudTrail, VPC flow logs,
 * load balancer access logs, CloudFront standard logs and AWS Config delivery.
 */
export function logSourcesOf(bucket: TemplateResource, index: TemplateIndex): string[] {
  const sources: [string, string][] = [
    ['AWS::S3::Bucket', 'LoggingConfiguration'],
    ['AWS::CloudTrail::Trail', 'S3BucketName'],
    ['AWS::EC2::FlowLog', 'LogDestination'],
    ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'LoadBalancerAttributes'],
    ['AWS::ElasticLoadBalancing::LoadBalancer', 'AccessLoggingPolicy'],
    ['AWS::CloudFront::Distribution', 'DistributionConfig'],
    ['AWS::Config::DeliveryChannel', 'S3BucketName'],
  ];
  const found: string[] = [];
  for (const [type, property] of sources) {
    for (const r of index.referrers(bucket, type, property)) {
      if (r !== bucket && index.exists(r) !== false) found.push(r.logicalId);
    }
  }
  return found;
}
