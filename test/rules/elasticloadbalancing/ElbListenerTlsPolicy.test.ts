import { ElbListenerTlsPolicy as rule } from '../../../rules/elasticloadbalancing/ElbListenerTlsPolicy';
import { PARAM, resultOf, statusOf } from '../harness';
import { forward, listener } from './lb-fixture';

const https = (SslPolicy?: unknown) =>
  listener({ Protocol: 'HTTPS', DefaultActions: forward, ...(SslPolicy !== undefined ? { SslPolicy } : {}) });

describe('ElbListenerTlsPolicy', () => {
  it.each([
    'ELBSecurityPolicy-TLS13-1-2-2021-06',
    'ELBSecurityPolicy-TLS13-1-3-2021-06',
    'ELBSecurityPolicy-FS-1-2-Res-2020-10',
    'ELBSecurityPolicy-TLS-1-2-Ext-2018-06',
  ])('passes %s', (policy) => expect(statusOf(rule, 'L', https(policy))).toBe('COMPLIANT'));
  it('is not applicable to HTTP', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTP', DefaultActions: forward }))).toBe('NOT_APPLICABLE'));
  it('fails without SslPolicy (ELBSecurityPolicy-2016-08 allows TLS 1.0)', () => {
    const r = resultOf(rule, 'L', https());
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('ELBSecurityPolicy-2016-08');
  });
  it('fails a TLS 1.3 policy that still accepts TLS 1.0', () =>
    expect(statusOf(rule, 'L', https('ELBSecurityPolicy-TLS13-1-0-2021-06'))).toBe('NON_COMPLIANT'));
  it('fails ELBSecurityPolicy-TLS-1-1-2017-01', () =>
    expect(statusOf(rule, 'L', https('ELBSecurityPolicy-TLS-1-1-2017-01'))).toBe('NON_COMPLIANT'));
  it('needs review when the policy is a parameter', () => expect(statusOf(rule, 'L', https(PARAM))).toBe('INSUFFICIENT_DATA'));
});
