import { S3BucketAclsDisabled } from '../../../rules/s3/S3BucketAclsDisabled';
import { S3BucketDefaultEncryptionKms } from '../../../rules/s3/S3BucketDefaultEncryptionKms';
import { S3BucketEventNotifications } from '../../../rules/s3/S3BucketEventNotifications';
import { S3BucketLevelPublicAccessBlocked } from '../../../rules/s3/S3BucketLevelPublicAccessBlocked';
import { S3BucketLifecyclePolicy } from '../../../rules/s3/S3BucketLifecyclePolicy';
import { S3BucketLoggingEnabled } from '../../../rules/s3/S3BucketLoggingEnabled';
import { S3BucketPolicyNoPublicAccess } from '../../../rules/s3/S3BucketPolicyNoPublicAccess';
import { S3BucketPublicReadProhibited } from '../../../rules/s3/S3BucketPublicReadProhibited';
import { S3BucketPublicWriteProhibited } from '../../../rules/s3/S3BucketPublicWriteProhibited';
import { S3BucketReplicationApprovedRegions } from '../../../rules/s3/S3BucketReplicationApprovedRegions';
import { S3BucketServerSideEncryptionEnabled } from '../../../rules/s3/S3BucketServerSideEncryptionEnabled';
import { S3BucketSslRequestsOnly } from '../../../rules/s3/S3BucketSslRequestsOnly';
import { S3BucketVersioningEnabled } from '../../../rules/s3/S3BucketVersioningEnabled';
import { S3LogBucketObjectLock } from '../../../rules/s3/S3LogBucketObjectLock';
import { U, decisionTables } from '../decision-table';

const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const GET_TO_EVERYONE = { effect: 'Allow', everyone: true, actions: ['s3:GetObject'], notActions: [], narrowing: [] };
const PUT_TO_EVERYONE = { ...GET_TO_EVERYONE, actions: ['s3:PutObject'] };
const READ_ACL = { read: true, write: false, via: 'the canned ACL PublicRead' };
const NO_PUBLIC = { publicAcl: undefined, aclsBlocked: undefined, policiesBlocked: undefined, policies: [] };

decisionTables([
  [
    S3BucketAclsDisabled,
    [
      ['owner enforced', { objectOwnership: 'BucketOwnerEnforced' }, 'COMPLIANT'],
      ['not set (S3 default)', { objectOwnership: undefined }, 'COMPLIANT'],
      ['object writer', { objectOwnership: 'ObjectWriter' }, 'NON_COMPLIANT'],
      ['unknown', { objectOwnership: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketDefaultEncryptionKms,
    [
      ['aws:kms', { algorithms: ['aws:kms'] }, 'COMPLIANT'],
      ['dual-layer KMS', { algorithms: ['aws:kms:dsse'] }, 'COMPLIANT'],
      ['AES256', { algorithms: ['AES256'] }, 'NON_COMPLIANT'],
      ['none configured', { algorithms: [] }, 'NON_COMPLIANT'],
      ['one algorithm unknown', { algorithms: [U] }, 'INSUFFICIENT_DATA'],
      ['rules unknown', { algorithms: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketServerSideEncryptionEnabled,
    [
      ['AES256', { algorithms: ['AES256'] }, 'COMPLIANT'],
      ['none configured (S3 base encryption)', { algorithms: [] }, 'COMPLIANT'],
      ['not an algorithm', { algorithms: ['rot13'] }, 'NON_COMPLIANT'],
      ['one algorithm unknown', { algorithms: ['AES256', U] }, 'INSUFFICIENT_DATA'],
      ['rules unknown', { algorithms: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketEventNotifications,
    [
      ['notifications', { notifications: true, malwareProtectionPlans: [] }, 'COMPLIANT'],
      ['notifications, plans not recorded', { notifications: true, malwareProtectionPlans: U }, 'COMPLIANT'],
      ['malware plan', { notifications: undefined, malwareProtectionPlans: ['Plan'] }, 'COMPLIANT'],
      ['neither', { notifications: false, malwareProtectionPlans: [] }, 'NON_COMPLIANT'],
      ['no notifications, plans not recorded', { notifications: false, malwareProtectionPlans: U }, 'INSUFFICIENT_DATA'],
      ['notifications unknown', { notifications: U, malwareProtectionPlans: [] }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketLevelPublicAccessBlocked,
    [
      ['all on', ALL_ON, 'COMPLIANT'],
      ['one off', { ...ALL_ON, restrictPublicBuckets: false }, 'NON_COMPLIANT'],
      ['one off, one unknown', { ...ALL_ON, blockPublicAcls: U, restrictPublicBuckets: false }, 'NON_COMPLIANT'],
      ['one unknown', { ...ALL_ON, ignorePublicAcls: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketLifecyclePolicy,
    [
      ['an enabled rule', { ruleStatuses: ['Disabled', 'Enabled'] }, 'COMPLIANT'],
      ['an enabled rule beside an unknown one', { ruleStatuses: ['Enabled', U] }, 'COMPLIANT'],
      ['all disabled', { ruleStatuses: ['Disabled'] }, 'NON_COMPLIANT'],
      ['no rules', { ruleStatuses: [] }, 'NON_COMPLIANT'],
      ['a disabled rule and an unknown one', { ruleStatuses: ['Disabled', U] }, 'INSUFFICIENT_DATA'],
      ['rules unknown', { ruleStatuses: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketLoggingEnabled,
    [
      ['logging', { logging: true }, 'COMPLIANT'],
      ['no logging', { logging: false }, 'NON_COMPLIANT'],
      ['unknown', { logging: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketPolicyNoPublicAccess,
    [
      ['no statement to everyone', { grants: [] }, 'COMPLIANT'],
      [
        'narrowed to an organisation',
        {
          grants: [
            { ...GET_TO_EVERYONE, narrowing: [{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: 'specific' }] },
          ],
        },
        'COMPLIANT',
      ],
      [
        'narrowed, principal unknown',
        {
          grants: [
            {
              ...GET_TO_EVERYONE,
              everyone: U,
              narrowing: [{ operator: 'StringEquals', key: 'aws:SourceVpce', values: 'specific' }],
            },
          ],
        },
        'COMPLIANT',
      ],
      ['no bucket policy', { grants: undefined }, 'NOT_APPLICABLE'],
      ['get to everyone', { grants: [GET_TO_EVERYONE] }, 'NON_COMPLIANT'],
      ['effect unknown', { grants: [{ ...GET_TO_EVERYONE, effect: U }] }, 'INSUFFICIENT_DATA'],
      [
        'narrowing value unknown',
        { grants: [{ ...GET_TO_EVERYONE, narrowing: [{ operator: 'IpAddress', key: 'aws:SourceIp', values: U }] }] },
        'INSUFFICIENT_DATA',
      ],
      ['document unknown', { grants: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketPublicReadProhibited,
    [
      ['nothing public', NO_PUBLIC, 'COMPLIANT'],
      ['public ACL, ACLs blocked', { ...NO_PUBLIC, publicAcl: READ_ACL, aclsBlocked: true }, 'COMPLIANT'],
      ['public policy, policies blocked', { ...NO_PUBLIC, policies: [[GET_TO_EVERYONE]], policiesBlocked: true }, 'COMPLIANT'],
      ['public ACL, not blocked', { ...NO_PUBLIC, publicAcl: READ_ACL, aclsBlocked: false }, 'NON_COMPLIANT'],
      ['public policy, not blocked', { ...NO_PUBLIC, policies: [[GET_TO_EVERYONE]], policiesBlocked: false }, 'NON_COMPLIANT'],
      ['public ACL, blocking unknown', { ...NO_PUBLIC, publicAcl: READ_ACL, aclsBlocked: U }, 'INSUFFICIENT_DATA'],
      ['ACL unknown', { ...NO_PUBLIC, publicAcl: U }, 'INSUFFICIENT_DATA'],
      ['policy unknown', { ...NO_PUBLIC, policies: [U], policiesBlocked: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketPublicWriteProhibited,
    [
      ['public read ACL only, blocking unknown', { ...NO_PUBLIC, publicAcl: READ_ACL, aclsBlocked: U }, 'COMPLIANT'],
      ['public get only, blocking unknown', { ...NO_PUBLIC, policies: [[GET_TO_EVERYONE]], policiesBlocked: U }, 'COMPLIANT'],
      [
        'read-write ACL, not blocked',
        { ...NO_PUBLIC, publicAcl: { ...READ_ACL, write: true }, aclsBlocked: false },
        'NON_COMPLIANT',
      ],
      ['public put, not blocked', { ...NO_PUBLIC, policies: [[PUT_TO_EVERYONE]], policiesBlocked: false }, 'NON_COMPLIANT'],
      ['public put, blocking unknown', { ...NO_PUBLIC, policies: [[PUT_TO_EVERYONE]], policiesBlocked: U }, 'INSUFFICIENT_DATA'],
      [
        'action unknown',
        { ...NO_PUBLIC, policies: [[{ ...GET_TO_EVERYONE, actions: [U] }]], policiesBlocked: false },
        'INSUFFICIENT_DATA',
      ],
    ],
  ],
  [
    S3BucketReplicationApprovedRegions,
    [
      ['to London', { destinations: [{ bucket: 'b', region: 'eu-west-2' }] }, 'COMPLIANT'],
      ['no replication', { destinations: undefined }, 'NOT_APPLICABLE'],
      ['every rule disabled', { destinations: [] }, 'NOT_APPLICABLE'],
      ['to Ireland', { destinations: [{ bucket: 'b', region: 'eu-west-1' }] }, 'NON_COMPLIANT'],
      [
        'to Ireland and somewhere unknown',
        {
          destinations: [
            { bucket: 'a', region: U },
            { bucket: 'b', region: 'eu-west-1' },
          ],
        },
        'NON_COMPLIANT',
      ],
      ['region unknown', { destinations: [{ bucket: 'b', region: U }] }, 'INSUFFICIENT_DATA'],
      ['rules unknown', { destinations: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketSslRequestsOnly,
    [
      ['a policy denies', { policies: 1, denies: true }, 'COMPLIANT'],
      ['judged on its bucket', { policies: 0, denies: false, judgedOn: 'Bucket' }, 'NOT_APPLICABLE'],
      ['no policy', { policies: 0, denies: false }, 'NON_COMPLIANT'],
      ['a policy that does not deny', { policies: 1, denies: false }, 'NON_COMPLIANT'],
      ['a policy that cannot be read', { policies: 1, denies: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3BucketVersioningEnabled,
    [
      ['enabled', { status: 'Enabled' }, 'COMPLIANT'],
      ['suspended', { status: 'Suspended' }, 'NON_COMPLIANT'],
      ['never enabled (Config)', { status: 'Off' }, 'NON_COMPLIANT'],
      ['not written', { status: undefined }, 'NON_COMPLIANT'],
      ['unknown', { status: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    S3LogBucketObjectLock,
    [
      ['locked', { objectLock: true, logSources: ['Trail'] }, 'COMPLIANT'],
      ['receives no logs', { objectLock: false, logSources: [] }, 'NOT_APPLICABLE'],
      ['log bucket without lock', { objectLock: false, logSources: ['Trail'] }, 'NON_COMPLIANT'],
      ['log bucket, lock unknown', { objectLock: U, logSources: ['Trail'] }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
