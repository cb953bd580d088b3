import { conditionKeys, statementsOf } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { bucketOfPolicy, bucketPolicyResources } from './bucket';

interface Facts {
  /** For each bucket policy on this bucket: the Effect and Condition of its statements (the document when unreadable). */
  readonly policies: ({ effect: unknown; condition: unknown }[] | Unknown)[];
  /** For a bucket policy whose bucket is declared in the template: that bucket, which carries the verdict. */
  readonly judgedOn?: string;
}

export const S3BucketSslRequestsOnly = defineRule<Facts>({
  id: 'S3BucketSslRequestsOnly',
  title: 'S3 buckets refuse requests that do not use TLS',
  description:
    'Without a Deny on aws:SecureTransport=false a client can read or write objects over plain HTTP, exposing data in transit.',
  severity: 'error',
  // A policy is judged on its own only when its bucket is declared elsewhere (an imported or shared bucket).
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'], cyberEssentials: ['secure-configuration'] },
  configRule: 'S3_BUCKET_SSL_REQUESTS_ONLY',
  remediation:
    'Add a bucket policy statement that denies s3:* to Principal "*" when aws:SecureTransport is false (CDK: enforceSSL: true).',
  fromTemplate(resource, { index }) {
    let attached: readonly TemplateResource[];
    if (resource.type === 'AWS::S3::BucketPolicy') {
      const bucket = bucketOfPolicy(resource, index);
      if (bucket) return { policies: [], judgedOn: bucket.logicalId };
      attached = [resource];
    } else {
      attached = bucketPolicyResources(resource, index);
    }
    const policies = attached
      .map((p) => {
        // Only Effect and Condition decide this rule; the ARNs in Resource are often unknown until deployment.
        const statements = statementsOf(p.get('PolicyDocument'));
        return isUnknown(statements) ? statements : statements.map((s) => ({ effect: s.effect, condition: s.condition }));
      });
    return { policies };
  },
  evaluate({ policies, judgedOn }) {
    if (judgedOn) return notApplicable(`judged on bucket ${judgedOn}`);
    if (policies.length === 0) return fail('no bucket policy denies requests without TLS');
    let undecided: string | undefined;
    for (const statements of policies) {
      if (isUnknown(statements)) {
        undecided = statements.reason;
        continue;
      }
      for (const s of statements) {
        if (s.effect !== 'Deny') continue;
        if (!conditionKeys(s.condition).includes('aws:securetransport')) continue;
        const deniesInsecure = deniesWhenInsecure(s.condition);
        if (isUnknown(deniesInsecure)) undecided = deniesInsecure.reason;
        else if (deniesInsecure) return pass('bucket policy denies requests without TLS');
      }
    }
    return undecided
      ? needsReview(`bucket policy could not be read: ${undecided}`)
      : fail('bucket policy does not deny requests where aws:SecureTransport is false');
  },
});

/** A Bool/BoolIfExists condition on aws:SecureTransport = false. */
function deniesWhenInsecure(condition: unknown): boolean | Unknown {
  for (const [operator, block] of Object.entries(condition as Record<string, Record<string, unknown>>)) {
    if (!/^Bool(IfExists)?$/i.test(operator) || !block || typeof block !== 'object') continue;
    for (const [key, value] of Object.entries(block)) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      if (isUnknown(value)) return value;
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => String(v).toLowerCase() === 'false')) return true;
    }
  }
  return false;
}
