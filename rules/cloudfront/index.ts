import { Rule } from '../../lib/engine/rule';
import { CloudFrontAccessLogs } from './CloudFrontAccessLogs';
import { CloudFrontDefaultRootObject } from './CloudFrontDefaultRootObject';
import { CloudFrontMinimumTls12 } from './CloudFrontMinimumTls12';
import { CloudFrontOriginFailover } from './CloudFrontOriginFailover';
import { CloudFrontOriginHttps } from './CloudFrontOriginHttps';
import { CloudFrontOriginNoDeprecatedTls } from './CloudFrontOriginNoDeprecatedTls';
import { CloudFrontS3OriginAccessControl } from './CloudFrontS3OriginAccessControl';
import { CloudFrontViewerHttps } from './CloudFrontViewerHttps';
import { CloudFrontWafAssociated } from './CloudFrontWafAssociated';

export const rules: Rule[] = [
  CloudFrontViewerHttps,
  CloudFrontMinimumTls12,
  CloudFrontOriginHttps,
  CloudFrontOriginNoDeprecatedTls,
  CloudFrontS3OriginAccessControl,
  CloudFrontAccessLogs,
  CloudFrontDefaultRootObject,
  CloudFrontWafAssociated,
  CloudFrontOriginFailover,
];
