import { ConfigItem, ConfigScope, identityOf } from '../../lib/engine/config-item';
import { asString, field, listOf } from '../../lib/engine/facts';
import { PartialString } from '../../lib/engine/intrinsics';
import { Scope, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { member, rulesOf, supplement } from './bucket-item';
import { APPROVED_REGIONS } from './regions';

interface Destination {
  /** The destination as written, for messages. */
  readonly bucket: string;
  readonly region: string | Unknown;
}

interface Facts {
  /** Destinations of enabled replication rules; undefined when the bucket does not replicate. */
  readonly destinations: Destination[] | undefined | Unknown;
}

export const S3BucketReplicationApprovedRegions = defineRule<Facts>({
  id: 'S3BucketReplicationApprovedRegions',
  title: 'S3 replication copies data only into approved regions',
  description:
    'NHS data must stay in approved (UK) regions unless an exception is declared; a replication rule silently copies every object to its destination bucket’s region.',
  severity: 'error',
  controls: { ncscCsp: ['2.1', '2.5'], tenSteps: ['data-security'] },
  remediation: `Replicate only to buckets in ${APPROVED_REGIONS.join(', ')}, or acknowledge the finding with the approved data-location exception.`,
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket, { index, scope }) {
      const config = bucket.get('ReplicationConfiguration');
      if (config === undefined) return { destinations: undefined };
      const rules = isUnknown(config) ? config : listOf((config as Record<string, unknown>).Rules);
      if (isUnknown(rules)) return { destinations: rules };
      const destinations: Destination[] = [];
      for (const rule of rules) {
        if (isUnknown(rule)) return { destinations: rule };
        const r = (rule ?? {}) as Record<string, unknown>;
        if (r.Status === 'Disabled') continue;
        const target = (r.Destination as Record<string, unknown> | undefined)?.Bucket;
        destinations.push(destinationOf(target, bucket, index, scope));
      }
      return { destinations };
    },
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    // a destination is found by name, and only its identity is read
    looksUp: [{ type: 'AWS::S3::Bucket', keep: identityOf }],
    facts(bucket, scope) {
      const config = supplement(bucket, 'BucketReplicationConfiguration');
      if (config === undefined) return { destinations: undefined };
      const rules = rulesOf(config, true);
      if (isUnknown(rules)) return { destinations: rules };
      const destinations: Destination[] = [];
      for (const rule of rules) {
        const status = asString(field(rule, 'status'));
        if (isUnknown(status)) return { destinations: status };
        if (status?.toLowerCase() === 'disabled') continue;
        destinations.push(destinationInScope(member(member(rule, 'destinationConfig'), 'bucketARN'), bucket, scope));
      }
      return { destinations };
    },
  },
  evaluate({ destinations }) {
    if (destinations === undefined) return notApplicable('the bucket does not replicate');
    if (isUnknown(destinations)) return needsReview(`the replication rules are not known: ${destinations.reason}`);
    if (destinations.length === 0) return notApplicable('every replication rule is disabled');
    const outside = destinations.filter((d) => typeof d.region === 'string' && !APPROVED_REGIONS.includes(d.region));
    if (outside.length)
      return fail(
        `replicates to ${outside.map((d) => `${d.bucket} in ${String(d.region)}`).join(', ')}, outside ${APPROVED_REGIONS.join(', ')}`,
      );
    const undecided = destinations.find((d) => isUnknown(d.region));
    if (undecided) return needsReview(`the region of ${undecided.bucket} is not known: ${(undecided.region as Unknown).reason}`);
    return pass(`replicates only within ${APPROVED_REGIONS.join(', ')}`);
  },
});

/**
 * An S3 bucket ARN carries no region, so the destination's region is known only
 * when the destination bucket is declared in one of the templates of this run.
 */
function destinationOf(value: unknown, source: TemplateResource, index: TemplateIndex, scope: Scope): Destination {
  const inTemplate =
    index.target(value) ??
    (value instanceof PartialString ? value.refs.map((r) => index.get(r)).find((r) => r?.type === 'AWS::S3::Bucket') : undefined);
  if (inTemplate) return { bucket: inTemplate.logicalId, region: regionOf(inTemplate) };
  const arn = asString(value);
  if (isUnknown(arn) || arn === undefined)
    return { bucket: 'the destination', region: arn ?? new Unknown('Destination.Bucket is not set') };
  const name = arn.replace(/^arn:[^:]*:s3:::/, '');
  const declared = scope.ofType('AWS::S3::Bucket').find((b) => b !== source && b.get('BucketName') === name);
  if (declared) return { bucket: name, region: regionOf(declared) };
  return {
    bucket: name,
    region: new Unknown(`bucket ${name} is not declared in these templates and an S3 ARN does not name its region`),
  };
}

/** The destination's region, when its bucket is among the recorded buckets of this account-region. */
function destinationInScope(value: unknown, source: ConfigItem, scope: ConfigScope): Destination {
  const arn = asString(value);
  if (isUnknown(arn) || arn === undefined)
    return { bucket: 'the destination', region: arn ?? new Unknown('the replication rule records no destination bucket') };
  const name = arn.replace(/^arn:[^:]*:s3:::/, '');
  const found = scope.get('AWS::S3::Bucket', name);
  if (found && found !== source) return { bucket: name, region: found.awsRegion };
  return {
    bucket: name,
    region: new Unknown(
      `bucket ${name} is not recorded in ${scope.accountId}/${scope.region} and an S3 ARN does not name its region`,
    ),
  };
}

function regionOf(bucket: TemplateResource): string | Unknown {
  return bucket.template.region ?? new Unknown(`the region of stack ${bucket.template.stack} is not known until deployment`);
}
