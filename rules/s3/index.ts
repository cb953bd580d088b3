import { Rule } from '../../lib/engine/rule';
import { S3BucketAclsDisabled } from './S3BucketAclsDisabled';
import { S3BucketDefaultEncryptionKms } from './S3BucketDefaultEncryptionKms';
import { S3BucketEventNotifications } from './S3BucketEventNotifications';
import { S3BucketLevelPublicAccessBlocked } from './S3BucketLevelPublicAccessBlocked';
import { S3BucketLifecyclePolicy } from './S3BucketLifecyclePolicy';
import { S3BucketLoggingEnabled } from './S3BucketLoggingEnabled';
import { S3BucketPolicyNoPublicAccess } from './S3BucketPolicyNoPublicAccess';
import { S3BucketPublicReadProhibited } from './S3BucketPublicReadProhibited';
import { S3BucketPublicWriteProhibited } from './S3BucketPublicWriteProhibited';
import { S3BucketReplicationApprovedRegions } from './S3BucketReplicationApprovedRegions';
import { S3BucketServerSideEncryptionEnabled } from './S3BucketServerSideEncryptionEnabled';
import { S3BucketSslRequestsOnly } from './S3BucketSslRequestsOnly';
import { S3BucketVersioningEnabled } from './S3BucketVersioningEnabled';
import { S3LogBucketObjectLock } from './S3LogBucketObjectLock';

export const rules: Rule[] = [
  S3BucketSslRequestsOnly,
  S3BucketServerSideEncryptionEnabled,
  S3BucketDefaultEncryptionKms,
  S3BucketLevelPublicAccessBlocked,
  S3BucketPublicReadProhibited,
  S3BucketPublicWriteProhibited,
  S3BucketPolicyNoPublicAccess,
  S3BucketAclsDisabled,
  S3BucketVersioningEnabled,
  S3LogBucketObjectLock,
  S3BucketLifecyclePolicy,
  S3BucketLoggingEnabled,
  S3BucketReplicationApprovedRegions,
  S3BucketEventNotifications,
];
