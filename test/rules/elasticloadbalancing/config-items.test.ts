import { readFileSync } from 'fs';
import { join } from 'path';
import { Rule } from '../../../lib/engine/rule';
import { normaliseItem } from '../../../lib/sources/config/normalise';
import { rules } from '../../../rules/elasticloadbalancing';
import { AlbDesyncMitigationMode } from '../../../rules/elasticloadbalancing/AlbDesyncMitigationMode';
import { AlbDropInvalidHeaders } from '../../../rules/elasticloadbalancing/AlbDropInvalidHeaders';
import { AlbHttpListenerRedirectsToHttps } from '../../../rules/elasticloadbalancing/AlbHttpListenerRedirectsToHttps';
import { ElbAccessLogsEnabled } from '../../../rules/elasticloadbalancing/ElbAccessLogsEnabled';
import { ElbClassicAcmCertificateRequired } from '../../../rules/elasticloadbalancing/ElbClassicAcmCertificateRequired';
import { ElbClassicCrossZoneEnabled } from '../../../rules/elasticloadbalancing/ElbClassicCrossZoneEnabled';
import { ElbClassicTlsListenersOnly } from '../../../rules/elasticloadbalancing/ElbClassicTlsListenersOnly';
import { ElbClassicTlsPolicy } from '../../../rules/elasticloadbalancing/ElbClassicTlsPolicy';
import { ElbDeletionProtectionEnabled } from '../../../rules/elasticloadbalancing/ElbDeletionProtectionEnabled';
import { ElbListenerEncryptedInTransit } from '../../../rules/elasticloadbalancing/ElbListenerEncryptedInTransit';
import { ElbListenerTlsPolicy } from '../../../rules/elasticloadbalancing/ElbListenerTlsPolicy';
import { ElbV2AcmCertificateRequired } from '../../../rules/elasticloadbalancing/ElbV2AcmCertificateRequired';
import { ElbV2MultipleAz } from '../../../rules/elasticloadbalancing/ElbV2MultipleAz';
import { expectConfigAdapterOrReason } from '../adapter-coverage';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';
import { attrs, forward, toHttps } from './lb-fixture';

const CORPUS = join(__dirname, '../../../../shared/corpus/config-items/by-type');
const corpusItem = (type: string, file: string) => normaliseItem(JSON.parse(readFileSync(join(CORPUS, type, file), 'utf8')), {});

/** An ELBv2 load balancer as a template writes it and as Config records it (attributes beside the configuration). */
const v2Template = (type: string, attributes: Record<string, unknown>, zones = ['eu-west-2a', 'eu-west-2b']) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      ...Object.fromEntries(
        zones.map((az, i) => [
          `S${i}`,
          { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: `10.0.${i}.0/24`, AvailabilityZone: az } },
        ]),
      ),
      Lb: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
          Type: type,
          Subnets: zones.map((_, i) => ({ Ref: `S${i}` })),
          LoadBalancerAttributes: attrs(attributes),
        },
      },
    },
  });
const v2Item = (type: string, attributes: Record<string, string>, zones = ['eu-west-2a', 'eu-west-2b']) =>
  configItem(
    'AWS::ElasticLoadBalancingV2::LoadBalancer',
    {
      type,
      scheme: 'internet-facing',
      availabilityZones: zones.map((zoneName, i) => ({ zoneName, subnetId: `subnet-${i}` })),
    },
    {
      supplementaryConfiguration: { LoadBalancerAttributes: Object.entries(attributes).map(([key, value]) => ({ key, value })) },
    },
  );

describe('ELBv2 load balancers: templates and configuration items agree', () => {
  const secure = {
    'routing.http.desync_mitigation_mode': 'strictest',
    'routing.http.drop_invalid_header_fields.enabled': 'true',
    'access_logs.s3.enabled': 'true',
    'deletion_protection.enabled': 'true',
  };
  const weak = {
    'routing.http.desync_mitigation_mode': 'monitor',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'access_logs.s3.enabled': 'false',
    'deletion_protection.enabled': 'false',
  };
  const lbRules: Rule[] = [
    AlbDesyncMitigationMode,
    AlbDropInvalidHeaders,
    ElbAccessLogsEnabled,
    ElbDeletionProtectionEnabled,
    ElbV2MultipleAz,
  ];
  it.each(lbRules.map((r) => [r.id, r] as const))('%s: a hardened ALB in two zones', (_, rule) => {
    expect(statusOf(rule, 'Lb', v2Template('application', secure))).toBe('COMPLIANT');
    expect(statusOfItem(rule, v2Item('application', secure))).toBe('COMPLIANT');
  });
  it.each(lbRules.map((r) => [r.id, r] as const))('%s: a weak ALB in one zone', (_, rule) => {
    expect(statusOf(rule, 'Lb', v2Template('application', weak, ['eu-west-2a']))).toBe('NON_COMPLIANT');
    expect(statusOfItem(rule, v2Item('application', weak, ['eu-west-2a']))).toBe('NON_COMPLIANT');
  });
  it.each([AlbDesyncMitigationMode, AlbDropInvalidHeaders, ElbAccessLogsEnabled].map((r) => [r.id, r] as const))(
    '%s: a network load balancer is outside the rule',
    (_, rule) => {
      expect(statusOf(rule, 'Lb', v2Template('network', weak))).toBe('NOT_APPLICABLE');
      expect(statusOfItem(rule, v2Item('network', weak))).toBe('NOT_APPLICABLE');
    },
  );
  it.each([AlbDropInvalidHeaders, ElbAccessLogsEnabled, ElbDeletionProtectionEnabled].map((r) => [r.id, r] as const))(
    '%s: undecided, a parameter in the template and no attributes recorded on the item',
    (_, rule) => {
      const key = {
        AlbDropInvalidHeaders: 'routing.http.drop_invalid_header_fields.enabled',
        ElbAccessLogsEnabled: 'access_logs.s3.enabled',
        ElbDeletionProtectionEnabled: 'deletion_protection.enabled',
      }[rule.id]!;
      expect(statusOf(rule, 'Lb', v2Template('application', { [key]: PARAM }))).toBe('INSUFFICIENT_DATA');
      const item = configItem('AWS::ElasticLoadBalancingV2::LoadBalancer', { type: 'application' });
      expect(statusOfItem(rule, item)).toBe('INSUFFICIENT_DATA');
    },
  );
  it('reads the real corpus load balancers', () => {
    const logged = corpusItem('AWS_ElasticLoadBalancingV2_LoadBalancer', 'c7n-config-app-elb.json');
    const internal = corpusItem('AWS_ElasticLoadBalancingV2_LoadBalancer', 'c7n-config-app-elb-config-event.json');
    const rdk = corpusItem('AWS_ElasticLoadBalancingV2_LoadBalancer', 'rdk-example.json');
    expect([internal, logged, rdk].map((i) => statusOfItem(ElbAccessLogsEnabled, i))).toEqual([
      'NON_COMPLIANT',
      'COMPLIANT',
      'NON_COMPLIANT',
    ]);
    expect([internal, logged, rdk].map((i) => statusOfItem(ElbDeletionProtectionEnabled, i))).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
    // Captured before the attribute existed: the service default (passed through) applies.
    expect(statusOfItem(AlbDropInvalidHeaders, rdk)).toBe('NON_COMPLIANT');
    expect(statusOfItem(AlbDesyncMitigationMode, rdk)).toBe('COMPLIANT');
    expect([internal, logged, rdk].map((i) => statusOfItem(ElbV2MultipleAz, i))).toEqual(['COMPLIANT', 'COMPLIANT', 'COMPLIANT']);
  });
});

/** An ELBv2 listener as a template writes it and as Config records it (the CloudFormation shape, PascalCase). */
const listenerTemplate = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:lb', ...props } } },
  });
const listenerItem = (props: Record<string, unknown>) =>
  configItem('AWS::ElasticLoadBalancingV2::Listener', {
    LoadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer/app/web/1',
    Certificates: [],
    ...props,
  });
const ACM = 'arn:aws:acm:eu-west-2:111122223333:certificate/abc';
const IAM = 'arn:aws:iam::111122223333:server-certificate/web';

describe('ELBv2 listeners: templates and configuration items agree', () => {
  const scenarios: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    [
      'HTTPS on a TLS 1.2 policy with an ACM certificate',
      {
        Protocol: 'HTTPS',
        Port: 443,
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        Certificates: [{ CertificateArn: ACM }],
        DefaultActions: forward,
      },
      { encrypted: 'COMPLIANT', policy: 'COMPLIANT', redirect: 'NOT_APPLICABLE' },
    ],
    [
      'HTTPS on the 2016-08 policy with an IAM certificate',
      {
        Protocol: 'HTTPS',
        Port: 443,
        SslPolicy: 'ELBSecurityPolicy-2016-08',
        Certificates: [{ CertificateArn: IAM }],
        DefaultActions: forward,
      },
      { encrypted: 'COMPLIANT', policy: 'NON_COMPLIANT', acm: 'NON_COMPLIANT', redirect: 'NOT_APPLICABLE' },
    ],
    [
      'TCP',
      { Protocol: 'TCP', Port: 22, DefaultActions: forward },
      { encrypted: 'NON_COMPLIANT', policy: 'NOT_APPLICABLE', acm: 'NOT_APPLICABLE', redirect: 'NOT_APPLICABLE' },
    ],
    [
      'HTTP that forwards',
      { Protocol: 'HTTP', Port: 80, DefaultActions: forward },
      { encrypted: 'NOT_APPLICABLE', policy: 'NOT_APPLICABLE', acm: 'NOT_APPLICABLE', redirect: 'NON_COMPLIANT' },
    ],
  ];
  const listenerRules: Record<string, Rule> = {
    encrypted: ElbListenerEncryptedInTransit,
    policy: ElbListenerTlsPolicy,
    acm: ElbV2AcmCertificateRequired,
    redirect: AlbHttpListenerRedirectsToHttps,
  };
  describe.each(scenarios)('%s', (_, props, expected) => {
    it.each(Object.entries(expected))('%s', (key, status) => {
      const rule = listenerRules[key];
      expect(statusOf(rule, 'L', listenerTemplate(props))).toBe(status);
      expect(statusOfItem(rule, listenerItem(props))).toBe(status);
    });
  });

  it('an HTTP listener that redirects passes in the template but stays undecided on an item, whose listener rules Config does not record', () => {
    const props = { Protocol: 'HTTP', Port: 80, DefaultActions: toHttps };
    expect(statusOf(AlbHttpListenerRedirectsToHttps, 'L', listenerTemplate(props))).toBe('COMPLIANT');
    expect(statusOfItem(AlbHttpListenerRedirectsToHttps, listenerItem(props))).toBe('INSUFFICIENT_DATA');
  });
  it('an ACM default certificate passes in the template but stays undecided on an item, which does not show added certificates', () => {
    const props = {
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      Certificates: [{ CertificateArn: ACM }],
    };
    expect(statusOf(ElbV2AcmCertificateRequired, 'L', listenerTemplate(props))).toBe('COMPLIANT');
    expect(statusOfItem(ElbV2AcmCertificateRequired, listenerItem(props))).toBe('INSUFFICIENT_DATA');
  });
  it('undecided protocol: a parameter in the template, an item without a protocol on an application load balancer', () => {
    expect(statusOf(ElbListenerEncryptedInTransit, 'L', listenerTemplate({ Protocol: PARAM, Port: 443 }))).toBe(
      'INSUFFICIENT_DATA',
    );
    expect(statusOfItem(ElbListenerEncryptedInTransit, listenerItem({ Port: 443 }))).toBe('INSUFFICIENT_DATA');
  });
  it('a Gateway Load Balancer listener item has no protocol and is outside the rules', () => {
    const item = configItem('AWS::ElasticLoadBalancingV2::Listener', {
      LoadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-2:111122223333:loadbalancer/gwy/fw/1',
      DefaultActions: forward,
    });
    expect(statusOfItem(ElbListenerEncryptedInTransit, item)).toBe('NOT_APPLICABLE');
    expect(statusOfItem(ElbListenerTlsPolicy, item)).toBe('NOT_APPLICABLE');
  });
  it('an HTTPS listener item without a recorded policy needs review, where a template without one gets the default', () => {
    const props = { Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: ACM }] };
    expect(statusOf(ElbListenerTlsPolicy, 'L', listenerTemplate(props))).toBe('NON_COMPLIANT');
    expect(statusOfItem(ElbListenerTlsPolicy, listenerItem(props))).toBe('INSUFFICIENT_DATA');
  });
  it('reads the real corpus listener (HTTP forwarding)', () => {
    const item = corpusItem('AWS_ElasticLoadBalancingV2_Listener', 'rdk-example.json');
    expect(statusOfItem(AlbHttpListenerRedirectsToHttps, item)).toBe('NON_COMPLIANT');
    expect(statusOfItem(ElbListenerEncryptedInTransit, item)).toBe('NOT_APPLICABLE');
  });
});

/** A Classic Load Balancer as a template writes it and as Config records it (DescribeLoadBalancers + attributes + policies). */
interface ClassicScenario {
  listeners: Array<{ protocol: string; port: number; certificate?: string; policy?: string }>;
  policies: Array<{ name: string; reference?: string }>;
  crossZone: boolean;
  accessLog: boolean;
}
const classicTemplate = (s: ClassicScenario) =>
  template({
    Elb: {
      Type: 'AWS::ElasticLoadBalancing::LoadBalancer',
      Properties: {
        CrossZone: s.crossZone,
        AccessLoggingPolicy: { Enabled: s.accessLog, S3BucketName: 'logs' },
        Listeners: s.listeners.map((l) => ({
          Protocol: l.protocol,
          LoadBalancerPort: l.port,
          InstancePort: 80,
          SSLCertificateId: l.certificate,
          PolicyNames: l.policy ? [l.policy] : [],
        })),
        Policies: s.policies.map((p) => ({
          PolicyName: p.name,
          PolicyType: 'SSLNegotiationPolicyType',
          Attributes: p.reference
            ? [{ Name: 'Reference-Security-Policy', Value: p.reference }]
            : [{ Name: 'Protocol-TLSv1', Value: 'true' }],
        })),
      },
    },
  });
const classicItem = (s: ClassicScenario) =>
  configItem(
    'AWS::ElasticLoadBalancing::LoadBalancer',
    {
      loadBalancerName: 'web',
      listenerDescriptions: s.listeners.map((l) => ({
        listener: { protocol: l.protocol, loadBalancerPort: l.port, instancePort: 80, sslcertificateId: l.certificate },
        policyNames: l.policy ? [l.policy] : [],
      })),
    },
    {
      supplementaryConfiguration: {
        LoadBalancerAttributes: { crossZoneLoadBalancing: { enabled: s.crossZone }, accessLog: { enabled: s.accessLog } },
        LoadBalancerPolicies: s.policies.map((p) => ({
          policyName: p.name,
          policyTypeName: 'SSLNegotiationPolicyType',
          policyAttributeDescriptions: p.reference
            ? [{ attributeName: 'Reference-Security-Policy', attributeValue: p.reference }]
            : [{ attributeName: 'Protocol-TLSv1', attributeValue: 'true' }],
        })),
      },
    },
  );

describe('Classic Load Balancers: templates and configuration items agree', () => {
  const classicRules: Record<string, Rule> = {
    acm: ElbClassicAcmCertificateRequired,
    tlsOnly: ElbClassicTlsListenersOnly,
    policy: ElbClassicTlsPolicy,
    crossZone: ElbClassicCrossZoneEnabled,
    logs: ElbAccessLogsEnabled,
  };
  const scenarios: Array<[string, ClassicScenario, Record<string, string>]> = [
    [
      'HTTPS on ACM with a TLS 1.2 reference policy, cross-zone and logged',
      {
        listeners: [{ protocol: 'HTTPS', port: 443, certificate: ACM, policy: 'tls12' }],
        policies: [{ name: 'tls12', reference: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
        crossZone: true,
        accessLog: true,
      },
      { acm: 'COMPLIANT', tlsOnly: 'COMPLIANT', policy: 'COMPLIANT', crossZone: 'COMPLIANT', logs: 'COMPLIANT' },
    ],
    [
      'HTTP beside HTTPS on IAM with a custom policy, single-zone, unlogged',
      {
        listeners: [
          { protocol: 'HTTP', port: 80 },
          { protocol: 'HTTPS', port: 443, certificate: IAM, policy: 'custom' },
        ],
        policies: [{ name: 'custom' }],
        crossZone: false,
        accessLog: false,
      },
      {
        acm: 'NON_COMPLIANT',
        tlsOnly: 'NON_COMPLIANT',
        policy: 'NON_COMPLIANT',
        crossZone: 'NON_COMPLIANT',
        logs: 'NON_COMPLIANT',
      },
    ],
    [
      'HTTP only',
      { listeners: [{ protocol: 'HTTP', port: 80 }], policies: [], crossZone: true, accessLog: true },
      { acm: 'NOT_APPLICABLE', tlsOnly: 'NON_COMPLIANT', policy: 'NOT_APPLICABLE' },
    ],
  ];
  describe.each(scenarios)('%s', (_, scenario, expected) => {
    it.each(Object.entries(expected))('%s', (key, status) => {
      const rule = classicRules[key];
      expect(statusOf(rule, 'Elb', classicTemplate(scenario))).toBe(status);
      expect(statusOfItem(rule, classicItem(scenario))).toBe(status);
    });
  });
  it('undecided: policies not recorded, attributes not recorded', () => {
    const item = configItem('AWS::ElasticLoadBalancing::LoadBalancer', {
      listenerDescriptions: [
        { listener: { protocol: 'HTTPS', loadBalancerPort: 443, sslcertificateId: ACM }, policyNames: ['p'] },
      ],
    });
    expect(statusOfItem(ElbClassicTlsPolicy, item)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(ElbClassicCrossZoneEnabled, item)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(ElbAccessLogsEnabled, item)).toBe('INSUFFICIENT_DATA');
    const t = template({
      Parameters: PARAMETERS,
      Resources: { Elb: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { CrossZone: PARAM, Listeners: [] } } },
    });
    expect(statusOf(ElbClassicCrossZoneEnabled, 'Elb', t)).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when the item does not record its listeners', () =>
    expect(statusOfItem(ElbClassicTlsListenersOnly, configItem('AWS::ElasticLoadBalancing::LoadBalancer', {}))).toBe(
      'INSUFFICIENT_DATA',
    ));
});

describe('Elastic Load Balancing adapter coverage', () => expectConfigAdapterOrReason(rules));
