import { ElbClassicTlsListenersOnly as rule } from '../../../rules/elasticloadbalancing/ElbClassicTlsListenersOnly';
import { PARAM, statusOf } from '../harness';
import { classic } from './lb-fixture';

const listeners = (...protocols: unknown[]) => ({
  Listeners: protocols.map((Protocol) => ({ LoadBalancerPort: 443, InstancePort: 80, Protocol })),
});

describe('ElbClassicTlsListenersOnly', () => {
  it('passes HTTPS and SSL listeners', () => expect(statusOf(rule, 'Elb', classic(listeners('HTTPS', 'SSL')))).toBe('COMPLIANT'));
  it('fails an HTTP listener', () => expect(statusOf(rule, 'Elb', classic(listeners('SSL', 'HTTP')))).toBe('NON_COMPLIANT'));
  it('fails a TCP listener', () => expect(statusOf(rule, 'Elb', classic(listeners('TCP')))).toBe('NON_COMPLIANT'));
  it('needs review when a protocol is a parameter', () =>
    expect(statusOf(rule, 'Elb', classic(listeners('HTTPS', PARAM)))).toBe('INSUFFICIENT_DATA'));
});
