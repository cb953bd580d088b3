import { Rule } from '../../../lib/engine/rule';
import { rules } from '../../../rules/cloudfront';
import { CloudFrontAccessLogs } from '../../../rules/cloudfront/CloudFrontAccessLogs';
import { CloudFrontDefaultRootObject } from '../../../rules/cloudfront/CloudFrontDefaultRootObject';
import { CloudFrontMinimumTls12 } from '../../../rules/cloudfront/CloudFrontMinimumTls12';
import { CloudFrontOriginFailover } from '../../../rules/cloudfront/CloudFrontOriginFailover';
import { CloudFrontOriginHttps } from '../../../rules/cloudfront/CloudFrontOriginHttps';
import { CloudFrontOriginNoDeprecatedTls } from '../../../rules/cloudfront/CloudFrontOriginNoDeprecatedTls';
import { CloudFrontS3OriginAccessControl } from '../../../rules/cloudfront/CloudFrontS3OriginAccessControl';
import { CloudFrontViewerHttps } from '../../../rules/cloudfront/CloudFrontViewerHttps';
import { CloudFrontWafAssociated } from '../../../rules/cloudfront/CloudFrontWafAssociated';
import { expectConfigAdapterOrReason } from '../adapter-coverage';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

/** One distribution, described once and written both as a template and as the CloudFront API shape Config records. */
interface Origin {
  id: string;
  domain: string;
  custom?: { policy: string; protocols: string[] };
  oac?: string;
  oai?: string;
}
interface Scenario {
  origins: Origin[];
  viewer: string;
  groups?: Array<{ id: string; members: string[] }>;
  logging?: boolean;
  root?: string;
  tls?: string;
  webAcl?: string;
}
const wrap = <T>(items: T[]) => ({ quantity: items.length, items });

const asTemplate = (s: Scenario) =>
  template({
    D: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Origins: s.origins.map((o) => ({
            Id: o.id,
            DomainName: o.domain,
            OriginAccessControlId: o.oac,
            ...(o.custom
              ? { CustomOriginConfig: { OriginProtocolPolicy: o.custom.policy, OriginSSLProtocols: o.custom.protocols } }
              : { S3OriginConfig: { OriginAccessIdentity: o.oai ?? '' } }),
          })),
          DefaultCacheBehavior: { TargetOriginId: s.groups?.[0]?.id ?? s.origins[0].id, ViewerProtocolPolicy: s.viewer },
          OriginGroups: s.groups && {
            Quantity: s.groups.length,
            Items: s.groups.map((g) => ({
              Id: g.id,
              FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } },
              Members: { Quantity: g.members.length, Items: g.members.map((OriginId) => ({ OriginId })) },
            })),
          },
          Logging: s.logging ? { Bucket: 'logs.s3.amazonaws.com' } : undefined,
          DefaultRootObject: s.root,
          ViewerCertificate: s.tls
            ? {
                AcmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x',
                SslSupportMethod: 'sni-only',
                MinimumProtocolVersion: s.tls,
              }
            : { CloudFrontDefaultCertificate: true },
          WebACLId: s.webAcl,
        },
      },
    },
  });

const asItem = (s: Scenario) =>
  configItem('AWS::CloudFront::Distribution', {
    id: 'E1',
    distributionConfig: {
      origins: wrap(
        s.origins.map((o) => ({
          id: o.id,
          domainName: o.domain,
          originAccessControlId: o.oac ?? '',
          ...(o.custom
            ? { customOriginConfig: { originProtocolPolicy: o.custom.policy, originSslProtocols: wrap(o.custom.protocols) } }
            : { s3OriginConfig: { originAccessIdentity: o.oai ?? '' } }),
        })),
      ),
      defaultCacheBehavior: { targetOriginId: s.groups?.[0]?.id ?? s.origins[0].id, viewerProtocolPolicy: s.viewer },
      cacheBehaviors: wrap([]),
      originGroups: wrap((s.groups ?? []).map((g) => ({ id: g.id, members: wrap(g.members.map((originId) => ({ originId }))) }))),
      logging: {
        enabled: s.logging ?? false,
        bucket: s.logging ? 'logs.s3.amazonaws.com' : '',
        includeCookies: false,
        prefix: '',
      },
      defaultRootObject: s.root ?? '',
      viewerCertificate: s.tls
        ? {
            cloudFrontDefaultCertificate: false,
            acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x',
            minimumProtocolVersion: s.tls,
          }
        : { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' },
      webACLId: s.webAcl ?? '',
    },
  });

const RULES: Record<string, Rule> = {
  logs: CloudFrontAccessLogs,
  root: CloudFrontDefaultRootObject,
  tls: CloudFrontMinimumTls12,
  failover: CloudFrontOriginFailover,
  originHttps: CloudFrontOriginHttps,
  originTls: CloudFrontOriginNoDeprecatedTls,
  oac: CloudFrontS3OriginAccessControl,
  viewer: CloudFrontViewerHttps,
  waf: CloudFrontWafAssociated,
};

const scenarios: Array<[string, Scenario, Record<string, string>]> = [
  [
    'a hardened distribution: S3 behind OAC failing over to a TLS 1.2 custom origin',
    {
      origins: [
        { id: 'bucket', domain: 'site.s3.eu-west-2.amazonaws.com', oac: 'E2OAC' },
        { id: 'app', domain: 'app.example.nhs.uk', custom: { policy: 'https-only', protocols: ['TLSv1.2'] } },
      ],
      groups: [{ id: 'group', members: ['bucket', 'app'] }],
      viewer: 'redirect-to-https',
      logging: true,
      root: 'index.html',
      tls: 'TLSv1.2_2021',
      webAcl: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1',
    },
    {
      // Standard logs v2 go through a resource Config does not record, so an item with legacy logging on still passes.
      logs: 'COMPLIANT',
      root: 'COMPLIANT',
      tls: 'COMPLIANT',
      failover: 'COMPLIANT',
      originHttps: 'COMPLIANT',
      originTls: 'COMPLIANT',
      oac: 'COMPLIANT',
      viewer: 'COMPLIANT',
      waf: 'COMPLIANT',
    },
  ],
  [
    'a weak distribution: a public bucket and an http-only origin on the default certificate',
    {
      origins: [
        { id: 'bucket', domain: 'site.s3.amazonaws.com' },
        { id: 'app', domain: 'app.example.nhs.uk', custom: { policy: 'match-viewer', protocols: ['TLSv1', 'TLSv1.2'] } },
      ],
      viewer: 'allow-all',
    },
    {
      root: 'NON_COMPLIANT',
      tls: 'NON_COMPLIANT',
      failover: 'NON_COMPLIANT',
      originTls: 'NON_COMPLIANT',
      oac: 'NON_COMPLIANT',
      viewer: 'NON_COMPLIANT',
      waf: 'NON_COMPLIANT',
    },
  ],
  [
    'a legacy origin access identity',
    {
      origins: [{ id: 'bucket', domain: 'site.s3.amazonaws.com', oai: 'origin-access-identity/cloudfront/E1' }],
      viewer: 'https-only',
    },
    { oac: 'NON_COMPLIANT', originHttps: 'COMPLIANT', originTls: 'NOT_APPLICABLE', viewer: 'COMPLIANT' },
  ],
];

describe('CloudFront distributions: templates and configuration items agree', () => {
  describe.each(scenarios)('%s', (_, scenario, expected) => {
    it.each(Object.entries(expected))('%s', (key, status) => {
      expect(statusOf(RULES[key], 'D', asTemplate(scenario))).toBe(status);
      expect(statusOfItem(RULES[key], asItem(scenario))).toBe(status);
    });
  });

  it('logging: off in the template fails; off on an item stays undecided, since standard logs v2 are not recorded', () => {
    const s: Scenario = {
      origins: [{ id: 'app', domain: 'a.example', custom: { policy: 'https-only', protocols: ['TLSv1.2'] } }],
      viewer: 'https-only',
    };
    expect(statusOf(CloudFrontAccessLogs, 'D', asTemplate(s))).toBe('NON_COMPLIANT');
    expect(statusOfItem(CloudFrontAccessLogs, asItem(s))).toBe('INSUFFICIENT_DATA');
  });

  it('undecided: a parameter in the template, an item that does not record the setting', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        D: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: {
            DistributionConfig: {
              Enabled: true,
              Origins: [{ Id: 'a', DomainName: 'a.example', CustomOriginConfig: { OriginProtocolPolicy: PARAM } }],
              DefaultCacheBehavior: { TargetOriginId: 'a', ViewerProtocolPolicy: PARAM },
              DefaultRootObject: PARAM,
              WebACLId: PARAM,
            },
          },
        },
      },
    });
    const item = configItem('AWS::CloudFront::Distribution', { distributionConfig: { defaultCacheBehavior: {} } });
    for (const rule of [CloudFrontViewerHttps, CloudFrontDefaultRootObject, CloudFrontWafAssociated, CloudFrontOriginHttps]) {
      expect([rule.id, statusOf(rule, 'D', t)]).toEqual([rule.id, 'INSUFFICIENT_DATA']);
      expect([rule.id, statusOfItem(rule, item)]).toEqual([rule.id, 'INSUFFICIENT_DATA']);
    }
  });

  it.each(Object.values(RULES).map((r) => [r.id, r] as const))(
    '%s needs review when the item records no distribution config',
    (_, rule) => expect(statusOfItem(rule, configItem('AWS::CloudFront::Distribution', { id: 'E1' }))).toBe('INSUFFICIENT_DATA'),
  );
});

describe('CloudFront adapter coverage', () => expectConfigAdapterOrReason(rules));
