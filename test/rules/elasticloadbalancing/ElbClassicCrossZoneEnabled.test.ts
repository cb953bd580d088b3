import { ElbClassicCrossZoneEnabled as rule } from '../../../rules/elasticloadbalancing/ElbClassicCrossZoneEnabled';
import { PARAM, statusOf } from '../harness';
import { classic } from './lb-fixture';

describe('ElbClassicCrossZoneEnabled', () => {
  it('passes when on', () => expect(statusOf(rule, 'Elb', classic({ CrossZone: true }))).toBe('COMPLIANT'));
  it('fails when not set', () => expect(statusOf(rule, 'Elb', classic({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () => expect(statusOf(rule, 'Elb', classic({ CrossZone: false }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Elb', classic({ CrossZone: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
