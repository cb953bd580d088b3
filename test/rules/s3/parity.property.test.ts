import fc from 'fast-check';
import { S3BucketDefaultEncryptionKms } from '../../../rules/s3/S3BucketDefaultEncryptionKms';
import { S3BucketLevelPublicAccessBlocked } from '../../../rules/s3/S3BucketLevelPublicAccessBlocked';
import { S3BucketLifecyclePolicy } from '../../../rules/s3/S3BucketLifecyclePolicy';
import { S3BucketLoggingEnabled } from '../../../rules/s3/S3BucketLoggingEnabled';
import { S3BucketServerSideEncryptionEnabled } from '../../../rules/s3/S3BucketServerSideEncryptionEnabled';
import { S3BucketVersioningEnabled } from '../../../rules/s3/S3BucketVersioningEnabled';
import { configItem, statusOf, statusOfItem, template } from '../harness';

/**
 * Parity, property-based: a bucket's settings, declared in a template and
 * recorded by AWS Config as S3 reports the deployed bucket (S3's defaults for
 * new buckets applied: SSE-S3 and all four Block Public Access settings on), get
 * the same status from every rule that judges these settings from both sources.
 */
const RULES = [
  S3BucketServerSideEncryptionEnabled,
  S3BucketDefaultEncryptionKms,
  S3BucketLevelPublicAccessBlocked,
  S3BucketVersioningEnabled,
  S3BucketLoggingEnabled,
  S3BucketLifecyclePolicy,
];

const KEY = 'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

const settings = fc.record(
  {
    encryption: fc.constantFrom('AES256', 'aws:kms', 'aws:kms:dsse'),
    bucketKey: fc.boolean(),
    versioning: fc.constantFrom('Enabled', 'Suspended'),
    blockPublicAccess: fc.record(
      Object.fromEntries(FLAGS.map((f) => [f, fc.boolean()])) as Record<(typeof FLAGS)[number], fc.Arbitrary<boolean>>,
      {
        requiredKeys: [],
      },
    ),
    logging: fc.record({ prefix: fc.option(fc.constant('logs/'), { nil: undefined }) }),
    lifecycle: fc.constantFrom('Enabled', 'Disabled'),
  },
  { requiredKeys: [] },
);
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

function declared(s: Settings) {
  const properties: Record<string, unknown> = {};
  if (s.encryption)
    properties.BucketEncryption = {
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: {
            SSEAlgorithm: s.encryption,
            ...(s.encryption === 'AES256' ? {} : { KMSMasterKeyID: KEY }),
          },
          ...(s.bucketKey === undefined ? {} : { BucketKeyEnabled: s.bucketKey }),
        },
      ],
    };
  if (s.versioning) properties.VersioningConfiguration = { Status: s.versioning };
  if (s.blockPublicAccess) properties.PublicAccessBlockConfiguration = s.blockPublicAccess;
  if (s.logging)
    properties.LoggingConfiguration = {
      DestinationBucketName: 'access-logs',
      ...(s.logging.prefix ? { LogFilePrefix: s.logging.prefix } : {}),
    };
  if (s.lifecycle) properties.LifecycleConfiguration = { Rules: [{ Id: 'expire', Status: s.lifecycle, ExpirationInDays: 30 }] };
  return template({ B: { Type: 'AWS::S3::Bucket', Properties: properties } });
}

/** The bucket as deployed and recorded: Config's supplementary configuration, S3's defaults where the template set nothing. */
function recorded(s: Settings) {
  const algorithm = s.encryption ?? 'AES256';
  const pab = s.blockPublicAccess;
  const flag = (f: (typeof FLAGS)[number]) => (pab ? pab[f] === true : true);
  return configItem(
    'AWS::S3::Bucket',
    { name: 'b', creationDate: '2026-11-02T14:06:00.000Z' },
    {
      resourceId: 'b',
      supplementaryConfiguration: {
        ServerSideEncryptionConfiguration: {
          rules: [
            {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: algorithm,
                kmsMasterKeyID: algorithm === 'AES256' ? null : KEY,
              },
              bucketKeyEnabled: s.bucketKey ?? false,
            },
          ],
        },
        BucketVersioningConfiguration: { status: s.versioning ?? 'Off', isMfaDeleteEnabled: null },
        PublicAccessBlockConfiguration: {
          blockPublicAcls: flag('BlockPublicAcls'),
          ignorePublicAcls: flag('IgnorePublicAcls'),
          blockPublicPolicy: flag('BlockPublicPolicy'),
          restrictPublicBuckets: flag('RestrictPublicBuckets'),
        },
        BucketLoggingConfiguration: s.logging
          ? { destinationBucketName: 'access-logs', logFilePrefix: s.logging.prefix ?? null }
          : { destinationBucketName: null, logFilePrefix: null },
        ...(s.lifecycle
          ? { BucketLifecycleConfiguration: { rules: [{ id: 'expire', status: s.lifecycle, expirationInDays: 30 }] } }
          : {}),
        BucketPolicy: { policyText: null },
        IsRequesterPaysEnabled: false,
      },
    },
  );
}

it.each(RULES.map((r) => [r.id, r] as const))(
  '%s: a template and its deployed bucket agree, whatever the settings',
  (_, rule) => {
    fc.assert(
      fc.property(settings, (s) => {
        expect(statusOfItem(rule, recorded(s))).toBe(statusOf(rule, 'B', declared(s)));
      }),
      { numRuns: 300, seed: 20261202 },
    );
  },
);
