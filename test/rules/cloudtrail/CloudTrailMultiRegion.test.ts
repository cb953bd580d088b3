import { CloudTrailMultiRegion as rule } from '../../../rules/cloudtrail/CloudTrailMultiRegion';
import { PARAM, statusOf } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailMultiRegion', () => {
  it('passes for a multi-region trail', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ IsMultiRegionTrail: true }))).toBe('COMPLIANT'));
  it('fails when IsMultiRegionTrail is absent', () => expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NON_COMPLIANT'));
  it('fails when IsMultiRegionTrail is false', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ IsMultiRegionTrail: 'false' }))).toBe('NON_COMPLIANT'));
  it('needs review when IsMultiRegionTrail is a parameter', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ IsMultiRegionTrail: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
