import { Tri } from '../../lib/engine/facts';
import { deniesInsecureTransport } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';
import { bucketOfPolicy, bucketPolicyResources } from './bucket';
import { policyOfItem } from './bucket-item';

interface Facts {
  /** How many bucket policies apply to the bucket. */
  readonly policies: number;
  /** Whether one of them denies access without TLS; Unknown only when a policy that might is unreadable. */
  readonly denies: Tri;
  /** For a bucket policy whose bucket is declared in the template: that bucket, which carries the verdict. */
  readonly judgedOn?: string;
}

export const S3BucketSslRequestsOnly = defineRule<Facts>({
  id: 'S3BucketSslRequestsOnly',
  title: 'S3 buckets refuse requests that do not use TLS',
  description:
    'Without a Deny on aws:SecureTransport=false a client can read or write objects over plain HTTP, exposing data in transit.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'], cyberEssentials: ['secure-configuration'] },
  configRule: 'S3_BUCKET_SSL_REQUESTS_ONLY',
  remediation:
    'Add a bucket policy statement that denies s3:* to Principal "*" when aws:SecureTransport is false (CDK: enforceSSL: true).',
  template: {
    // A policy is judged on its own only when its bucket is declared elsewhere (an imported or shared bucket).
    resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
    facts(resource, { index }) {
      let attached: readonly TemplateResource[];
      if (resource.type === 'AWS::S3::BucketPolicy') {
        const bucket = bucketOfPolicy(resource, index);
        if (bucket) return { policies: 0, denies: false, judgedOn: bucket.logicalId };
        attached = [resource];
      } else {
        attached = bucketPolicyResources(resource, index);
      }
      // Only the TLS-deny statement decides; other statements (and ARNs unknown until deployment) do not.
      const documents = attached.map((p) => p.get('PolicyDocument'));
      return { policies: documents.length, denies: deniesInsecureTransport(documents, 's3:GetObject') };
    },
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket) {
      const document = policyOfItem(bucket);
      if (document === undefined) return { policies: 0, denies: false };
      // A policy the item does not show may or may not deny: count it, and let the Unknown decide.
      return { policies: 1, denies: isUnknown(document) ? document : deniesInsecureTransport([document], 's3:GetObject') };
    },
  },
  evaluate({ policies, denies, judgedOn }) {
    if (judgedOn) return notApplicable(`judged on bucket ${judgedOn}`);
    if (policies === 0) return fail('no bucket policy denies requests without TLS');
    if (isUnknown(denies)) return needsReview(`bucket policy could not be read: ${denies.reason}`);
    return denies
      ? pass('bucket policy denies requests without TLS')
      : fail('bucket policy does not deny requests where aws:SecureTransport is false');
  },
});
