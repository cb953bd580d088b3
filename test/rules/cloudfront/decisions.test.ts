import { CloudFrontAccessLogs } from '../../../rules/cloudfront/CloudFrontAccessLogs';
import { CloudFrontDefaultRootObject } from '../../../rules/cloudfront/CloudFrontDefaultRootObject';
import { CloudFrontMinimumTls12 } from '../../../rules/cloudfront/CloudFrontMinimumTls12';
import { CloudFrontOriginFailover } from '../../../rules/cloudfront/CloudFrontOriginFailover';
import { CloudFrontOriginHttps } from '../../../rules/cloudfront/CloudFrontOriginHttps';
import { CloudFrontOriginNoDeprecatedTls } from '../../../rules/cloudfront/CloudFrontOriginNoDeprecatedTls';
import { CloudFrontS3OriginAccessControl } from '../../../rules/cloudfront/CloudFrontS3OriginAccessControl';
import { CloudFrontViewerHttps } from '../../../rules/cloudfront/CloudFrontViewerHttps';
import { CloudFrontWafAssociated } from '../../../rules/cloudfront/CloudFrontWafAssociated';
import { U, decisionTables } from '../decision-table';

const origin = (protocolPolicy: unknown, viewerPolicies: unknown[]) => ({ id: 'o', protocolPolicy, viewerPolicies });
const s3 = (over: Record<string, unknown>) => ({ id: 's3', kind: 's3', accessControl: false, accessIdentity: false, ...over });

decisionTables([
  [
    CloudFrontAccessLogs,
    [
      ['logged', { logging: true }, 'COMPLIANT'],
      ['not logged', { logging: false }, 'NON_COMPLIANT'],
      ['unknown', { logging: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontDefaultRootObject,
    [
      ['index.html', { defaultRootObject: 'index.html' }, 'COMPLIANT'],
      ['empty', { defaultRootObject: '' }, 'NON_COMPLIANT'],
      ['not set', { defaultRootObject: undefined }, 'NON_COMPLIANT'],
      ['unknown', { defaultRootObject: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontWafAssociated,
    [
      ['a web ACL', { webAcl: true }, 'COMPLIANT'],
      ['none', { webAcl: false }, 'NON_COMPLIANT'],
      ['unknown', { webAcl: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontMinimumTls12,
    [
      ['custom certificate on TLSv1.2_2021', { certificate: 'custom', minimumProtocolVersion: 'TLSv1.2_2021' }, 'COMPLIANT'],
      ['custom certificate on TLSv1.2_2019', { certificate: 'custom', minimumProtocolVersion: 'TLSv1.2_2019' }, 'NON_COMPLIANT'],
      ['custom certificate, policy not set', { certificate: 'custom', minimumProtocolVersion: undefined }, 'NON_COMPLIANT'],
      ['the default certificate', { certificate: 'default' }, 'NON_COMPLIANT'],
      ['unknown policy', { certificate: 'custom', minimumProtocolVersion: U }, 'INSUFFICIENT_DATA'],
      ['unknown certificate', { certificate: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontOriginFailover,
    [
      ['a group of two', { groupSizes: [2] }, 'COMPLIANT'],
      ['a group of two and an unknown one', { groupSizes: [2, U] }, 'COMPLIANT'],
      ['a group of one', { groupSizes: [1] }, 'NON_COMPLIANT'],
      ['no group', { groupSizes: [] }, 'NON_COMPLIANT'],
      ['a group of one and an unknown one', { groupSizes: [1, U] }, 'INSUFFICIENT_DATA'],
      ['unknown groups', { groupSizes: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontViewerHttps,
    [
      ['redirect and https-only', { viewerPolicies: ['redirect-to-https', 'https-only'] }, 'COMPLIANT'],
      ['allow-all', { viewerPolicies: ['redirect-to-https', 'allow-all'] }, 'NON_COMPLIANT'],
      ['allow-all beside an unknown one', { viewerPolicies: [U, 'allow-all'] }, 'NON_COMPLIANT'],
      ['no behaviours', { viewerPolicies: [] }, 'NOT_APPLICABLE'],
      ['an unknown policy', { viewerPolicies: ['https-only', U] }, 'INSUFFICIENT_DATA'],
      ['unknown behaviours', { viewerPolicies: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontOriginHttps,
    [
      ['https-only', { origins: [origin('https-only', ['allow-all'])] }, 'COMPLIANT'],
      ['match-viewer behind HTTPS behaviours', { origins: [origin('match-viewer', ['redirect-to-https'])] }, 'COMPLIANT'],
      ['a VPC origin', { origins: [origin(undefined, ['allow-all'])] }, 'COMPLIANT'],
      ['http-only', { origins: [origin('http-only', ['https-only'])] }, 'NON_COMPLIANT'],
      ['match-viewer behind allow-all', { origins: [origin('match-viewer', ['allow-all'])] }, 'NON_COMPLIANT'],
      ['match-viewer behind an unknown behaviour', { origins: [origin('match-viewer', [U])] }, 'INSUFFICIENT_DATA'],
      ['an unknown policy', { origins: [origin(U, [])] }, 'INSUFFICIENT_DATA'],
      ['no origins', { origins: [] }, 'NOT_APPLICABLE'],
      ['unknown origins', { origins: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontOriginNoDeprecatedTls,
    [
      ['TLS 1.2 only', { origins: [{ id: 'o', protocols: ['TLSv1.2'] }] }, 'COMPLIANT'],
      ['TLS 1.1 offered', { origins: [{ id: 'o', protocols: ['TLSv1.1', 'TLSv1.2'] }] }, 'NON_COMPLIANT'],
      ['the CloudFormation default', { origins: [{ id: 'o', protocols: undefined }] }, 'NON_COMPLIANT'],
      ['an unknown protocol', { origins: [{ id: 'o', protocols: ['TLSv1.2', U] }] }, 'INSUFFICIENT_DATA'],
      ['unknown protocols', { origins: [{ id: 'o', protocols: U }] }, 'INSUFFICIENT_DATA'],
      ['no HTTPS custom origin', { origins: [] }, 'NOT_APPLICABLE'],
      ['unknown origins', { origins: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    CloudFrontS3OriginAccessControl,
    [
      ['origin access control', { origins: [s3({ accessControl: true })] }, 'COMPLIANT'],
      ['a legacy identity', { origins: [s3({ accessIdentity: true })] }, 'NON_COMPLIANT'],
      ['nothing (public bucket)', { origins: [s3({})] }, 'NON_COMPLIANT'],
      ['a website endpoint', { origins: [s3({ kind: 'website' })] }, 'NON_COMPLIANT'],
      ['no S3 origin', { origins: [s3({ kind: 'other' })] }, 'NOT_APPLICABLE'],
      ['an unknown kind', { origins: [s3({ kind: U })] }, 'INSUFFICIENT_DATA'],
      ['unknown access control', { origins: [s3({ accessControl: U })] }, 'INSUFFICIENT_DATA'],
      ['unknown origins', { origins: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
