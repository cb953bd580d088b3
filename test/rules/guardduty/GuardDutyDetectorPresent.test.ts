import { GuardDutyDetectorPresent as rule } from '../../../rules/guardduty/GuardDutyDetectorPresent';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';
import { stackResult } from './stack-result';

const bucket = { Bucket: { Type: 'AWS::S3::Bucket' } };
const detector = (enable: unknown) => ({ Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: enable } } });

describe('GuardDutyDetectorPresent', () => {
  it('passes when the stack defines an enabled detector', () => {
    expect(statusOf(rule, '(stack)', template({ ...bucket, ...detector(true) }))).toBe('COMPLIANT');
  });

  it('passes when a detector is enabled in another stack of the same environment', () => {
    const security = template(detector(true), { stack: 'Security', region: 'eu-west-2' });
    const app = template(bucket, { stack: 'App', region: 'eu-west-2' });
    expect(stackResult(rule, 'App', app, security).status).toBe('COMPLIANT');
    expect(stackResult(rule, 'Security', app, security).status).toBe('NOT_APPLICABLE');
    expect(stackResult(rule, 'Security', app, security).message).toContain('on stack App');
  });

  it('reports once per environment, on the first stack with resources', () => {
    const first = template(bucket, { stack: 'First' });
    const second = template(bucket, { stack: 'Second' });
    expect(stackResult(rule, 'First', first, second).status).toBe('NON_COMPLIANT');
    expect(stackResult(rule, 'Second', first, second).status).toBe('NOT_APPLICABLE');
  });

  it('does not count a detector in another region', () => {
    const security = template(detector(true), { stack: 'Security', region: 'us-east-1' });
    const app = template(bucket, { stack: 'App', region: 'eu-west-2' });
    expect(stackResult(rule, 'App', app, security).status).toBe('NON_COMPLIANT');
  });

  it('fails when no detector is defined anywhere', () => {
    const r = resultOf(rule, '(stack)', template(bucket));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('may be enabled outside');
    expect(r.severity).toBe('warning');
  });

  it('fails when the only detector is disabled', () => {
    expect(statusOf(rule, '(stack)', template({ ...bucket, ...detector(false) }))).toBe('NON_COMPLIANT');
  });

  it('is not applicable to a nested stack or an empty one', () => {
    expect(statusOf(rule, '(stack)', { ...template(bucket), parent: 'Parent' })).toBe('NOT_APPLICABLE');
    expect(statusOf(rule, '(stack)', template({ Resources: {} }))).toBe('NOT_APPLICABLE');
  });

  it('needs review when Enable is a parameter', () => {
    expect(statusOf(rule, '(stack)', template({ Parameters: PARAMETERS, Resources: { ...bucket, ...detector(PARAM) } }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });

  it('fails by cases when the detector depends on an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { On: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { ...bucket, Detector: { Type: 'AWS::GuardDuty::Detector', Condition: 'On', Properties: { Enable: true } } },
    });
    expect(statusOf(rule, '(stack)', t)).toBe('NON_COMPLIANT');
  });
});
