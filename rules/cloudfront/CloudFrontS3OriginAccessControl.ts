import { Maybe, Tri, asString, field, isSet } from '../../lib/engine/facts';
import { AttributeRef } from '../../lib/engine/intrinsics';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem, originsOf } from './distribution';

type OriginKind = 's3' | 'website' | 'other';

interface OriginFact {
  readonly id: Maybe<string>;
  readonly kind: OriginKind | Unknown;
  /** Whether an origin access control is set. */
  readonly accessControl: Tri;
  /** Whether a (legacy) origin access identity is set. */
  readonly accessIdentity: Tri;
}

interface Facts {
  readonly origins: OriginFact[] | Unknown;
}

export const CloudFrontS3OriginAccessControl = defineRule<Facts>({
  id: 'CloudFrontS3OriginAccessControl',
  title: 'CloudFront reaches S3 origins through origin access control',
  description:
    'Without origin access control the bucket must be readable by CloudFront some other way: publicly, or through a legacy origin access identity that cannot use SSE-KMS or newer regions.',
  severity: 'warning',
  controls: { ncscCsp: ['1', '11'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'CLOUDFRONT_S3_ORIGIN_ACCESS_CONTROL_ENABLED',
  remediation:
    'Create an AWS::CloudFront::OriginAccessControl (SigningBehavior always) and set OriginAccessControlId on the S3 origin, with a bucket policy allowing only that distribution (CDK: S3BucketOrigin.withOriginAccessControl).',
  template: { resourceTypes: [DISTRIBUTION], facts: (d, { index }) => factsOf(configOf(d), index) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => factsOf(configOfItem(item)) },
  evaluate({ origins }) {
    if (isUnknown(origins)) return needsReview(`origins are not known: ${origins.reason}`);
    const s3 = origins.filter((o) => o.kind !== 'other');
    if (s3.length === 0) return notApplicable('the distribution has no S3 origin');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const o of s3) {
      if (isUnknown(o.kind)) {
        undecided ??= o.kind;
        continue;
      }
      if (o.kind === 'website') {
        problems.push(`origin ${o.id ?? '(no id)'} is an S3 website endpoint, which needs a public bucket`);
        continue;
      }
      if (isUnknown(o.accessControl)) undecided ??= o.accessControl;
      else if (!o.accessControl) {
        if (isUnknown(o.accessIdentity)) undecided ??= o.accessIdentity;
        else
          problems.push(
            `origin ${o.id ?? '(no id)'} ${o.accessIdentity ? 'uses a legacy origin access identity' : 'has no origin access control, so the bucket must be public'}`,
          );
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`an S3 origin is not known: ${undecided.reason}`);
    return pass('every S3 origin uses origin access control');
  },
});

const S3_REST = /\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;
const S3_WEBSITE = /\.s3-website[.-]/;
const BUCKET_DOMAIN_ATTRIBUTES = ['DomainName', 'RegionalDomainName', 'DualStackDomainName'];

/** An origin is S3 when it has S3OriginConfig, or its domain is a bucket's (by attribute or by name). */
function originKind(origin: unknown, index?: TemplateIndex): OriginKind | Unknown {
  if (field(origin, 'S3OriginConfig') !== undefined) return 's3';
  const domain = field(origin, 'DomainName');
  if (domain instanceof AttributeRef && index?.target(domain)?.type === 'AWS::S3::Bucket') {
    return BUCKET_DOMAIN_ATTRIBUTES.includes(domain.attr) ? 's3' : 'website';
  }
  const text = asString(domain);
  if (typeof text === 'string') return S3_WEBSITE.test(text) ? 'website' : S3_REST.test(text) ? 's3' : 'other';
  return isUnknown(domain) ? domain : 'other';
}

/** The S3 origins a distribution configuration names; the template's index tells a bucket's domain attributes apart. */
function factsOf(config: unknown, index?: TemplateIndex): Facts {
  const origins = originsOf(config);
  if (isUnknown(origins)) return { origins };
  return {
    origins: origins.map((o) => ({
      id: asString(field(o, 'Id')),
      kind: originKind(o, index),
      accessControl: isSet(field(o, 'OriginAccessControlId')),
      accessIdentity: isSet(field(field(o, 'S3OriginConfig'), 'OriginAccessIdentity')),
    })),
  };
}
