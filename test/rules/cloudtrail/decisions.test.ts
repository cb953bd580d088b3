import { CloudTrailCloudWatchLogsEnabled } from '../../../rules/cloudtrail/CloudTrailCloudWatchLogsEnabled';
import { CloudTrailEncryptedWithKms } from '../../../rules/cloudtrail/CloudTrailEncryptedWithKms';
import { CloudTrailLogFileValidation } from '../../../rules/cloudtrail/CloudTrailLogFileValidation';
import { CloudTrailLogGroupProtected } from '../../../rules/cloudtrail/CloudTrailLogGroupProtected';
import { CloudTrailMultiRegion } from '../../../rules/cloudtrail/CloudTrailMultiRegion';
import { CloudTrailS3DataEventsEnabled } from '../../../rules/cloudtrail/CloudTrailS3DataEventsEnabled';
import { CloudTrailSecurityEventAlarms } from '../../../rules/cloudtrail/CloudTrailSecurityEventAlarms';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    CloudTrailMultiRegion,
    [
      ['every region', { multiRegion: true }, 'COMPLIANT'],
      ['one region', { multiRegion: false }, 'NON_COMPLIANT'],
      ['unset', { multiRegion: undefined }, 'NON_COMPLIANT'],
      ['unknown', { multiRegion: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailLogFileValidation,
    [
      ['on', { fileValidation: true }, 'COMPLIANT'],
      ['off', { fileValidation: false }, 'NON_COMPLIANT'],
      ['unset', { fileValidation: undefined }, 'NON_COMPLIANT'],
      ['unknown', { fileValidation: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailEncryptedWithKms,
    [
      ['KMS key', { kmsKey: true }, 'COMPLIANT'],
      ['S3-managed keys', { kmsKey: false }, 'NON_COMPLIANT'],
      ['unknown', { kmsKey: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailCloudWatchLogsEnabled,
    [
      ['delivers', { logGroup: true }, 'COMPLIANT'],
      ['does not', { logGroup: false }, 'NON_COMPLIANT'],
      ['unknown', { logGroup: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailS3DataEventsEnabled,
    [
      ['records S3 objects', { s3DataEvents: true }, 'COMPLIANT'],
      ['does not', { s3DataEvents: false }, 'NON_COMPLIANT'],
      ['unknown', { s3DataEvents: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailLogGroupProtected,
    [
      ['encrypted, a year', { group: 'Logs', kmsKey: true, retentionInDays: 365 }, 'COMPLIANT'],
      ['no key', { group: 'Logs', kmsKey: false, retentionInDays: 365 }, 'NON_COMPLIANT'],
      ['kept forever', { group: 'Logs', kmsKey: true, retentionInDays: undefined }, 'NON_COMPLIANT'],
      ['retention unknown', { group: 'Logs', kmsKey: true, retentionInDays: U }, 'INSUFFICIENT_DATA'],
      ['key unknown', { group: 'Logs', kmsKey: U, retentionInDays: 365 }, 'INSUFFICIENT_DATA'],
      ['no delivery', { skip: 'the trail does not deliver to CloudWatch Logs' }, 'NOT_APPLICABLE'],
      ['group unknown', { unknownGroup: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudTrailSecurityEventAlarms,
    [
      ['every class alarmed', { missing: [] }, 'COMPLIANT'],
      ['some missing', { missing: ['root user activity'] }, 'NON_COMPLIANT'],
      ['some missing, a filter unknown', { missing: ['root user activity'], undecided: U }, 'INSUFFICIENT_DATA'],
      ['no delivery', { skip: 'the trail does not deliver to CloudWatch Logs', missing: [] }, 'NOT_APPLICABLE'],
    ],
  ],
]);
