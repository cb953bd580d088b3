import { CloudTrailCloudWatchLogsEnabled } from '../../../rules/cloudtrail/CloudTrailCloudWatchLogsEnabled';
import { CloudTrailEncryptedWithKms } from '../../../rules/cloudtrail/CloudTrailEncryptedWithKms';
import { CloudTrailLogFileValidation } from '../../../rules/cloudtrail/CloudTrailLogFileValidation';
import { CloudTrailMultiRegion } from '../../../rules/cloudtrail/CloudTrailMultiRegion';
import { corpusItem, parity } from '../docdb/item-parity';
import { PARAM, statusOfItem } from '../harness';

const TYPES = { template: 'AWS::CloudTrail::Trail', item: 'AWS::CloudTrail::Trail' };
const TRAIL = { S3BucketName: 'audit-bucket', IsLogging: true };
/** What CloudTrail always records for a trail; each scenario overrides what it is about. */
const RECORDED = { name: 't', s3BucketName: 'audit-bucket', isMultiRegionTrail: true, logFileValidationEnabled: true };
const GROUP = 'arn:aws:logs:eu-west-2:111122223333:log-group:trail:*';
const KEY = 'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

parity(CloudTrailMultiRegion, TYPES, [
  ['every region', { ...TRAIL, IsMultiRegionTrail: true }, RECORDED, 'COMPLIANT'],
  ['one region', { ...TRAIL, IsMultiRegionTrail: false }, { ...RECORDED, isMultiRegionTrail: false }, 'NON_COMPLIANT'],
  ['undecided', { ...TRAIL, IsMultiRegionTrail: PARAM }, { name: 't', logFileValidationEnabled: true }, 'INSUFFICIENT_DATA'],
]);
parity(CloudTrailLogFileValidation, TYPES, [
  ['on', { ...TRAIL, EnableLogFileValidation: true }, RECORDED, 'COMPLIANT'],
  ['off', { ...TRAIL, EnableLogFileValidation: false }, { ...RECORDED, logFileValidationEnabled: false }, 'NON_COMPLIANT'],
  ['undecided', { ...TRAIL, EnableLogFileValidation: PARAM }, { name: 't', isMultiRegionTrail: true }, 'INSUFFICIENT_DATA'],
]);
parity(CloudTrailEncryptedWithKms, TYPES, [
  ['KMS key', { ...TRAIL, KMSKeyId: KEY }, { ...RECORDED, kmsKeyId: KEY }, 'COMPLIANT'],
  ['S3-managed keys', TRAIL, RECORDED, 'NON_COMPLIANT'],
]);
parity(CloudTrailCloudWatchLogsEnabled, TYPES, [
  ['delivers', { ...TRAIL, CloudWatchLogsLogGroupArn: GROUP }, { ...RECORDED, cloudWatchLogsLogGroupArn: GROUP }, 'COMPLIANT'],
  ['does not', TRAIL, RECORDED, 'NON_COMPLIANT'],
]);

describe('the real trail item', () => {
  const real = corpusItem('AWS_Cloudtrail_Trail.json');
  it.each([
    [CloudTrailMultiRegion, 'COMPLIANT'],
    [CloudTrailLogFileValidation, 'COMPLIANT'],
    [CloudTrailEncryptedWithKms, 'NON_COMPLIANT'],
    [CloudTrailCloudWatchLogsEnabled, 'NON_COMPLIANT'],
  ] as const)('%s', (rule, status) => expect(statusOfItem(rule, real)).toBe(status));
});
