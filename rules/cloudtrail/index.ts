import { Rule } from '../../lib/engine/rule';
import { CloudTrailCloudWatchLogsEnabled } from './CloudTrailCloudWatchLogsEnabled';
import { CloudTrailEnabled } from './CloudTrailEnabled';
import { CloudTrailEncryptedWithKms } from './CloudTrailEncryptedWithKms';
import { CloudTrailLogFileValidation } from './CloudTrailLogFileValidation';
import { CloudTrailLogGroupProtected } from './CloudTrailLogGroupProtected';
import { CloudTrailMultiRegion } from './CloudTrailMultiRegion';
import { CloudTrailS3DataEventsEnabled } from './CloudTrailS3DataEventsEnabled';
import { CloudTrailSecurityEventAlarms } from './CloudTrailSecurityEventAlarms';

export const rules: Rule[] = [
  CloudTrailEnabled,
  CloudTrailMultiRegion,
  CloudTrailLogFileValidation,
  CloudTrailEncryptedWithKms,
  CloudTrailCloudWatchLogsEnabled,
  CloudTrailLogGroupProtected,
  CloudTrailS3DataEventsEnabled,
  CloudTrailSecurityEventAlarms,
];
