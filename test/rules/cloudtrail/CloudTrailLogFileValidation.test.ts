import { CloudTrailLogFileValidation as rule } from '../../../rules/cloudtrail/CloudTrailLogFileValidation';
import { PARAM, statusOf } from '../harness';
import { trailTemplate } from './trail';

describe('CloudTrailLogFileValidation', () => {
  it('passes when validation is on', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ EnableLogFileValidation: true }))).toBe('COMPLIANT'));
  it('fails when EnableLogFileValidation is absent', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({}))).toBe('NON_COMPLIANT'));
  it('fails when EnableLogFileValidation is false', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ EnableLogFileValidation: false }))).toBe('NON_COMPLIANT'));
  it('needs review when it is a parameter', () =>
    expect(statusOf(rule, 'Trail', trailTemplate({ EnableLogFileValidation: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
