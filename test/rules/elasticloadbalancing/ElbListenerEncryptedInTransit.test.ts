import { ElbListenerEncryptedInTransit as rule } from '../../../rules/elasticloadbalancing/ElbListenerEncryptedInTransit';
import { PARAM, statusOf } from '../harness';
import { forward, listener } from './lb-fixture';

describe('ElbListenerEncryptedInTransit', () => {
  it('passes an HTTPS listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTPS', DefaultActions: forward }))).toBe('COMPLIANT'));
  it('passes a TLS listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'TLS', DefaultActions: forward }))).toBe('COMPLIANT'));
  it('is not applicable to an HTTP listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTP', DefaultActions: forward }))).toBe('NOT_APPLICABLE'));
  it('is not applicable to a Gateway Load Balancer listener', () =>
    expect(statusOf(rule, 'L', listener({ DefaultActions: forward }))).toBe('NOT_APPLICABLE'));
  it('fails a TCP listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'TCP', DefaultActions: forward }))).toBe('NON_COMPLIANT'));
  it('fails a UDP listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'UDP', DefaultActions: forward }))).toBe('NON_COMPLIANT'));
  it('needs review when the protocol is a parameter', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: PARAM, DefaultActions: forward }))).toBe('INSUFFICIENT_DATA'));
});
