import { PARAMETERS, template } from '../harness';

export const attrs = (pairs: Record<string, unknown>) => Object.entries(pairs).map(([Key, Value]) => ({ Key, Value }));

export const alb = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Lb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'], ...props } },
      ...extra,
    } as never,
  });

export const listener = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'example.nhs.uk' } },
      L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:lb', Port: 443, ...props } },
      ...extra,
    } as never,
  });

export const classic = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'example.nhs.uk' } },
      Elb: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: props },
    },
  });

export const forward = [{ Type: 'forward', TargetGroupArn: 'arn:tg' }];
export const toHttps = [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }];
