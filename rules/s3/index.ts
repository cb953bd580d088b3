import { Rule } from '../../lib/engine/rule';
import { S3BucketSslRequestsOnly } from './S3BucketSslRequestsOnly';

export const rules: Rule[] = [S3BucketSslRequestsOnly];
