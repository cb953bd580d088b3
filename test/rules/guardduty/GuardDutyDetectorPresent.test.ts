import { GuardDutyDetectorPresent as rule } from '../../../rules/guardduty/GuardDutyDetectorPresent';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';
import { LONDON, accountResult, reportingStacks } from './account-result';

const bucket = { Bucket: { Type: 'AWS::S3::Bucket' } };
const detector = (enable: unknown) => ({ Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: enable } } });

describe('GuardDutyDetectorPresent', () => {
  it('passes when the stack defines an enabled detector', () => {
    expect(statusOf(rule, '(account)', template({ ...bucket, ...detector(true) }))).toBe('COMPLIANT');
  });

  it('passes when a detector is enabled in another stack bound to the same account and region', () => {
    const security = template(detector(true), { stack: 'Security', ...LONDON });
    const app = template(bucket, { stack: 'App', ...LONDON });
    expect(reportingStacks(rule, app, security)).toEqual(['App']);
    expect(accountResult(rule, 'App', app, security).status).toBe('COMPLIANT');
  });

  it('needs review, naming the template, when the detector is in a template whose account or region is not known', () => {
    const security = template(detector(true), { stack: 'Security' });
    const app = template(bucket, { stack: 'App', ...LONDON });
    const r = accountResult(rule, 'App', app, security);
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.message).toContain('test.template.json may be in this account and region');
  });

  it('reports templates without an environment each on their own: a sandbox baseline never passes a production stack', () => {
    const sandbox = template({ ...bucket, ...detector(true) }, { stack: 'SandboxBaseline' });
    const production = template(bucket, { stack: 'Production' });
    expect(reportingStacks(rule, sandbox, production).sort()).toEqual(['Production', 'SandboxBaseline']);
    expect(accountResult(rule, 'SandboxBaseline', sandbox, production).status).toBe('COMPLIANT');
    expect(accountResult(rule, 'Production', sandbox, production).status).toBe('INSUFFICIENT_DATA');
  });

  it('does not count a detector in another region', () => {
    const security = template(detector(true), { stack: 'Security', region: 'us-east-1' });
    const app = template(bucket, { stack: 'App', region: 'eu-west-2' });
    expect(accountResult(rule, 'App', app, security).status).toBe('NON_COMPLIANT');
  });

  it('fails when no detector is defined anywhere', () => {
    const r = resultOf(rule, '(account)', template(bucket));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('may be enabled outside');
    expect(r.severity).toBe('warning');
  });

  it('fails when the only detector is disabled', () => {
    expect(statusOf(rule, '(account)', template({ ...bucket, ...detector(false) }))).toBe('NON_COMPLIANT');
  });

  it('is reported on the top-level stack, not on its nested stack, and not at all for an empty template', () => {
    const parent = template(bucket, { stack: 'Parent' });
    const nested = { ...template({ ...detector(true) }, { stack: 'Parent/Nested' }), parent: 'Parent' };
    expect(reportingStacks(rule, parent, nested)).toEqual(['Parent']);
    expect(accountResult(rule, 'Parent', parent, nested).status).toBe('COMPLIANT');
    expect(reportingStacks(rule, template({ Resources: {} }))).toEqual([]);
  });

  it('needs review when Enable is a parameter', () => {
    expect(statusOf(rule, '(account)', template({ Parameters: PARAMETERS, Resources: { ...bucket, ...detector(PARAM) } }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });

  it('fails by cases when the detector depends on an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { On: { 'Fn::Equals': [PARAM, 'yes'] } },
      Resources: { ...bucket, Detector: { Type: 'AWS::GuardDuty::Detector', Condition: 'On', Properties: { Enable: true } } },
    });
    expect(statusOf(rule, '(account)', t)).toBe('NON_COMPLIANT');
  });
});
